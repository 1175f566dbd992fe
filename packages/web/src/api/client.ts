/**
 * A small typed fetch wrapper for the zhibu HTTP API (docs/api.md). Errors arrive as
 * `{"error":{"code","message"}}` and are thrown as `ApiError`; the web switches on the code.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface AuthRedirects {
  /** called on 401 UNAUTHENTICATED with the path the user wanted and whether the session timed out */
  onUnauthenticated: (wanted: string, timedOut: boolean) => void;
  /** called on 403 PASSWORD_CHANGE_REQUIRED */
  onPasswordChangeRequired: () => void;
}

/** The login page that brings the user back to `wanted` afterwards. */
export const loginPath = (wanted: string, timedOut = false) =>
  `/login?next=${encodeURIComponent(wanted)}${timedOut ? '&timeout=1' : ''}`;

let redirects: AuthRedirects = {
  onUnauthenticated: (wanted, timedOut) => window.location.assign(loginPath(wanted, timedOut)),
  onPasswordChangeRequired: () => window.location.assign('/change-password'),
};

/** Lets the router replace the full-page redirects with in-app navigation. */
export function setAuthRedirects(r: AuthRedirects): void {
  redirects = r;
}

export interface RequestOptions {
  /** do not redirect on 401 (used by the login page and the first `/api/me` call) */
  quiet?: boolean;
  signal?: AbortSignal;
}

const currentPath = () => window.location.pathname + window.location.search;

async function request<T>(method: string, path: string, body: unknown, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: opts.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('NETWORK', '无法连接服务器，请检查网络后重试', 0);
  }
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (res.ok) return data as T;
  const err = errorOf(data, res.status);
  if (!opts.quiet) {
    if (err.code === 'UNAUTHENTICATED') redirects.onUnauthenticated(currentPath(), err.message.includes('超时'));
    else if (err.code === 'PASSWORD_CHANGE_REQUIRED') redirects.onPasswordChangeRequired();
  }
  throw err;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorOf(data: unknown, status: number): ApiError {
  const e = (data as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (e && typeof e.code === 'string') {
    const message = typeof e.message === 'string' && e.message ? e.message : '操作失败';
    return new ApiError(e.code, message, status, e.details);
  }
  if (status === 401) return new ApiError('UNAUTHENTICATED', '请先登录', status);
  if (status >= 500) return new ApiError('INTERNAL', '服务器内部错误，请稍后重试', status);
  return new ApiError('HTTP_' + status, `请求失败（${status}）`, status);
}

/** Builds a query string from defined, non-empty values. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body ?? {}, opts),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body, opts),
};

/** The message to show a user for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return e.message;
  return '操作失败，请重试';
}
