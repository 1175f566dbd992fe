import type { Transfer, TransferInput } from '@zhibu/schemas';
import { api } from '../../api/client';

/** 组织关系转接 (MEM-3): bodies follow the Z… schemas in `transfers.ts`. */
export type { Transfer, TransferInput };

export const transfersPath = (branchId: string) => `/api/branches/${branchId}/transfers`;
export const letterPath = (id: string) => `/api/transfers/${id}/letter.pdf`;
export const createTransfer = (branchId: string, body: TransferInput) => api.post<Transfer>(transfersPath(branchId), body);
export const receiveTransfer = (id: string, receivedOn: string) => api.post<Transfer>(`/api/transfers/${id}/receive`, { receivedOn });
export const returnReceipt = (id: string, receiptReturnedOn: string) => api.post<Transfer>(`/api/transfers/${id}/receipt`, { receiptReturnedOn });
export const cancelTransfer = (id: string) => api.post<Transfer>(`/api/transfers/${id}/cancel`);
