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
  const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
  return send<T>(method, path, body === undefined ? null : JSON.stringify(body), headers, opts);
}

/** Sends one request and reads a JSON answer; the shared path of JSON calls and raw uploads. */
async function send<T>(method: string, path: string, body: BodyInit | null, extra: Record<string, string>, opts: RequestOptions): Promise<T> {
  const res = await rawFetch(method, path, body, { Accept: 'application/json', ...extra }, opts);
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (res.ok) return data as T;
  throw failure(data, res.status, opts);
}

async function rawFetch(method: string, path: string, body: BodyInit | null, headers: Record<string, string>, opts: RequestOptions): Promise<Response> {
  try {
    return await fetch(path, { method, headers, credentials: 'same-origin', body, signal: opts.signal ?? null });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('NETWORK', '无法连接服务器，请检查网络后重试', 0);
  }
}

/** The error of a failed answer; a 401 or a forced password change also redirects (unless quiet). */
function failure(data: unknown, status: number, opts: RequestOptions): ApiError {
  const err = errorOf(data, status);
  if (!opts.quiet) {
    if (err.code === 'UNAUTHENTICATED') redirects.onUnauthenticated(currentPath(), err.message.includes('超时'));
    else if (err.code === 'PASSWORD_CHANGE_REQUIRED') redirects.onPasswordChangeRequired();
  }
  return err;
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
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PUT', path, body, opts),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts),
  /** POSTs a file's raw bytes (`application/octet-stream`), with any extra headers (e.g. `X-File-Name`). */
  upload: <T>(path: string, bytes: ArrayBuffer | Blob, headers: Record<string, string> = {}, opts: RequestOptions = {}) =>
    send<T>('POST', path, bytes, { 'Content-Type': 'application/octet-stream', ...headers }, opts),
};

/** A file the server sent, with the name from its Content-Disposition (or the fallback). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** GETs a file (export, template, document); a failure arrives as the usual ApiError. */
export async function fetchFile(path: string, fallbackName: string, opts: RequestOptions = {}): Promise<DownloadedFile> {
  const res = await rawFetch('GET', path, null, {}, opts);
  if (!res.ok) {
    const text = await res.text();
    throw failure(text ? safeJson(text) : undefined, res.status, opts);
  }
  return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('Content-Disposition')) ?? fallbackName };
}

/** `attachment; filename*=UTF-8''%E8%8A%B1….xlsx` (or a plain `filename="…"`) → the name. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall back to the plain name */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}

/** The message to show a user for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return e.message;
  return '操作失败，请重试';
}
