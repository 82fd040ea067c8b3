import type { Schemas } from './api-types';
import { currentLanguage } from './i18n';

/** One invalid field, as the server names it (`username`, `members[0].nik`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Something to confirm before a request goes ahead (409): its code, and what it is in words. */
export interface ProblemWarning {
  code: string;
  message: string;
}

/** RFC 9457 problem details, with the field errors and warnings the API adds. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  warnings?: ProblemWarning[];
}

/**
 * One page of a list, numbered from 0: the server's `PageView` (every `PageView…` schema has the
 * same fields), with the feature's own type for the items.
 */
export type Page<T> = Omit<Schemas['PageViewTaskView'], 'content'> & { content: T[] };

/**
 * A request that failed. `status` is 0 when the server could not be reached; `detail`,
 * `fieldErrors` and `warnings` come from the server's problem details, already in the user's
 * language.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly fieldErrors: FieldProblem[];
  /** What the request would go ahead past once confirmed; empty unless the server asked (409). */
  readonly warnings: ProblemWarning[];
  /** How many seconds the server asks to wait before trying again (`Retry-After` on a 429 or 503). */
  readonly retryAfterSeconds?: number;

  constructor(
    status: number,
    problem: ProblemDetail = {},
    options?: ErrorOptions & { retryAfterSeconds?: number },
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`, options);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.warnings = problem.warnings ?? [];
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);

/** The warnings a refused request (409) goes ahead past once confirmed; none for any other error. */
export const warningsOf = (error: unknown): ProblemWarning[] =>
  isApiError(error, 409) ? error.warnings : [];

/** Spring Security's CookieCsrfTokenRepository: a cookie the page reads, a header it sends back. */
export const csrfCookie = 'XSRF-TOKEN';
export const csrfHeader = 'X-XSRF-TOKEN';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Headers a request adds, such as `Idempotency-Key`; the client's own (CSRF, language) win. */
export type RequestHeaders = Readonly<Record<string, string>>;

function readCookie(name: string) {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith(prefix));
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : undefined;
}

/** The CSRF token; the first time, any response sets the cookie, so ask for one. */
async function csrfToken() {
  const existing = readCookie(csrfCookie);
  if (existing) {
    return existing;
  }
  await request<unknown>('GET', '/api/auth/csrf');
  return readCookie(csrfCookie);
}

function url(path: string, query?: Query) {
  const target = new URL(path, window.location.href);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      target.searchParams.set(name, String(value));
    }
  }
  return target;
}

function isProblem(value: unknown): value is ProblemDetail {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Retry-After` in seconds: the header gives either seconds or an HTTP date. */
function retryAfterSeconds(response: Response) {
  const header = response.headers.get('Retry-After')?.trim();
  if (!header) {
    return undefined;
  }
  if (/^\d+$/.test(header)) {
    return Number(header);
  }
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function toApiError(response: Response) {
  const options = { retryAfterSeconds: retryAfterSeconds(response) };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (isProblem(body)) {
        const errors = Array.isArray(body.errors) ? body.errors : [];
        return new ApiError(response.status, { ...body, errors }, options);
      }
    } catch {
      // Not JSON after all: report the status alone.
    }
  }
  return new ApiError(response.status, {}, options);
}

async function request<T>(
  method: Method,
  path: string,
  {
    query,
    body,
    extraHeaders,
  }: { query?: Query; body?: unknown; extraHeaders?: RequestHeaders } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...extraHeaders,
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
  };
  // A multipart form sets its own Content-Type, with the boundary.
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    const token = await csrfToken();
    if (token) {
      headers[csrfHeader] = token;
    }
  }
  let response: Response;
  try {
    response = await fetch(url(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: multipart ? body : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, {}, { cause });
  }
  return answer<T>(response);
}

/** The body of a successful answer, or the `ApiError` of a failed one. */
async function answer<T>(response: Response): Promise<T> {
  if (!response.ok) {
    throw await toApiError(response);
  }
  const text = await response.text();
  try {
    return (text ? JSON.parse(text) : undefined) as T;
  } catch (cause) {
    // A page instead of JSON: typically a proxy or a path that is not the API's.
    throw new ApiError(response.status, {}, { cause });
  }
}

/** How much of an upload has left the device: `total` is 0 when the browser cannot tell. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

function responseHeaders(xhr: XMLHttpRequest) {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
  }
  return headers;
}

/**
 * A `multipart/form-data` POST that reports how much of it has been sent: `fetch` cannot tell, and over a village's
 * link a few photos take minutes. XMLHttpRequest, with the same headers, CSRF token and errors as every other request.
 */
async function upload<T>(
  path: string,
  form: FormData,
  onProgress?: (progress: UploadProgress) => void,
): Promise<T> {
  const token = await csrfToken();
  const response = await new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url(path));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    if (token) {
      xhr.setRequestHeader(csrfHeader, token);
    }
    xhr.upload.onprogress = (event) =>
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new ApiError(0));
        return;
      }
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(empty ? null : xhr.responseText, {
          status: xhr.status,
          headers: responseHeaders(xhr),
        }),
      );
    };
    // The link dropped, or the server could not be reached: as `fetch` failing, status 0.
    xhr.onerror = () => reject(new ApiError(0));
    xhr.onabort = () => reject(new ApiError(0));
    xhr.ontimeout = () => reject(new ApiError(0));
    xhr.send(form);
  });
  return answer<T>(response);
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, extraHeaders?: RequestHeaders) =>
    request<T>('POST', path, { body, extraHeaders }),
  /** A `multipart/form-data` upload, with the CSRF token like any other POST. */
  postForm: <T>(path: string, form: FormData) => request<T>('POST', path, { body: form }),
  /** As `postForm`, telling `onProgress` how much has been sent as it goes. */
  upload: <T>(path: string, form: FormData, onProgress?: (progress: UploadProgress) => void) =>
    upload<T>(path, form, onProgress),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
