import { HttpResponse } from 'msw';

import type { FieldProblem, ProblemWarning } from '@/lib/api-client';

/** An RFC 9457 answer as the backend sends it. */
export function problem(status: number, detail: string, errors?: FieldProblem[]) {
  return HttpResponse.json(
    { type: 'about:blank', title: `HTTP ${status}`, status, detail, ...(errors && { errors }) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The 429 of a client that asked too often: wait `retryAfterSeconds` before asking again. */
export function throttled(detail: string, retryAfterSeconds: number) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'HTTP 429', status: 429, detail },
    {
      status: 429,
      headers: {
        'Content-Type': 'application/problem+json',
        'Retry-After': String(retryAfterSeconds),
      },
    },
  );
}

/** The 409 a request gets when the server asks to confirm `warnings` before it goes ahead. */
export function confirmFirst(warnings: ProblemWarning[]) {
  return HttpResponse.json(
    {
      type: 'about:blank',
      title: 'HTTP 409',
      status: 409,
      detail:
        'Periksa peringatan berikut. Bila tetap ingin melanjutkan, kirim lagi dengan konfirmasi.',
      warnings,
    },
    { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export function clearCookies() {
  for (const cookie of document.cookie.split('; ').filter(Boolean)) {
    const name = cookie.split('=')[0];
    document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}
