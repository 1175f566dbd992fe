import type { Me } from '@zhibu/schemas';
import { api } from '../../api/client';

export const fetchMe = () => api.get<Me>('/api/me', { quiet: true });

export const login = (username: string, password: string) =>
  api.post<Me>('/api/auth/login', { username, password }, { quiet: true });

export const logout = () => api.post<{ ok: true }>('/api/auth/logout', {}, { quiet: true });

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<{ ok: true }>('/api/me/password', { currentPassword, newPassword });
