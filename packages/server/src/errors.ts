/** One error class with a code enum, mapped to HTTP once (style.md 8). Messages are Chinese, for the user. */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  LOCKED: 423,
  DATA_LOCKED: 409,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在或您无权查看`);
export const forbidden = (msg = '您没有权限进行此操作') => new AppError('FORBIDDEN', msg);
export const invalid = (msg: string, details?: unknown) => new AppError('VALIDATION', msg, details);
