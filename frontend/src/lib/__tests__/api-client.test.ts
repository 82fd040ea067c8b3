import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem, throttled } from '@/testing/http';
import { server } from '@/testing/server';

import { api, ApiError } from '../api-client';
import i18n from '../i18n';

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the request did not fail');
}

describe('api client', () => {
  it('turns problem details into an ApiError with the field errors', async () => {
    server.use(
      http.get('/api/households', () =>
        problem(400, 'Periksa kembali isian yang ditandai.', [
          { field: 'size', message: 'Ukuran halaman antara 1 dan 100.' },
        ]),
      ),
    );

    const error = await failure(api.get('/api/households', { size: 500 }));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      detail: 'Periksa kembali isian yang ditandai.',
      message: 'Periksa kembali isian yang ditandai.',
      fieldErrors: [{ field: 'size', message: 'Ukuran halaman antara 1 dan 100.' }],
    });
  });

  it('turns an error that is not JSON into a generic ApiError with its status', async () => {
    server.use(
      http.get(
        '/api/households',
        () => new HttpResponse('<html>Bad Gateway</html>', { status: 502 }),
      ),
    );

    const error = await failure(api.get('/api/households'));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, detail: undefined, fieldErrors: [] });
  });

  it('says how long the server asks to wait, in seconds or until a date', async () => {
    server.use(
      http.post('/api/public/status', () => throttled('Terlalu banyak pengecekan.', 120)),
      http.get(
        '/api/households',
        () =>
          new HttpResponse(null, {
            status: 503,
            headers: { 'Retry-After': new Date(Date.now() + 30_000).toUTCString() },
          }),
      ),
    );
    document.cookie = 'XSRF-TOKEN=token; path=/';

    const throttledError = await failure(api.post('/api/public/status', {}));
    const unavailable = await failure(api.get('/api/households'));

    expect(throttledError).toMatchObject({
      status: 429,
      detail: 'Terlalu banyak pengecekan.',
      retryAfterSeconds: 120,
    });
    expect((unavailable as ApiError).retryAfterSeconds).toBeGreaterThan(25);
    expect((unavailable as ApiError).retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it('reports a server that cannot be reached as status 0', async () => {
    server.use(http.get('/api/me', () => HttpResponse.error()));

    const error = await failure(api.get('/api/me'));

    expect(error).toMatchObject({ name: 'ApiError', status: 0 });
  });

  it('sends the XSRF-TOKEN cookie back as the X-XSRF-TOKEN header on POST', async () => {
    document.cookie = 'XSRF-TOKEN=token-from-cookie; path=/';
    let header: string | null = null;
    server.use(
      http.post('/api/auth/logout', ({ request }) => {
        header = request.headers.get('X-XSRF-TOKEN');
        return new HttpResponse(null, { status: 204 });
      }),
    );

    await api.post('/api/auth/logout');

    expect(header).toBe('token-from-cookie');
  });

  it('sends the headers a POST adds, never in place of its own', async () => {
    document.cookie = 'XSRF-TOKEN=token-from-cookie; path=/';
    let headers: Headers | undefined;
    server.use(
      http.post('/api/change-requests', ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({ id: 1 }, { status: 201 });
      }),
    );

    await api.post(
      '/api/change-requests',
      { type: 'REVERIFY' },
      {
        'Idempotency-Key': 'key-1',
        'X-XSRF-TOKEN': 'forged',
      },
    );

    expect(headers?.get('Idempotency-Key')).toBe('key-1');
    expect(headers?.get('X-XSRF-TOKEN')).toBe('token-from-cookie');
  });

  it('asks for a CSRF token before the first POST when there is no cookie yet', async () => {
    const calls: string[] = [];
    server.use(
      http.get('/api/auth/csrf', () => {
        calls.push('csrf');
        // What the browser does with the response's Set-Cookie.
        document.cookie = 'XSRF-TOKEN=fresh-token; path=/';
        return HttpResponse.json({ token: 'masked', headerName: 'X-XSRF-TOKEN' });
      }),
      http.post('/api/auth/login', ({ request }) => {
        calls.push(`login with ${request.headers.get('X-XSRF-TOKEN')}`);
        return HttpResponse.json({ username: 'op-6112042002' });
      }),
    );

    await api.post('/api/auth/login', { username: 'op-6112042002', password: 'demo' });

    expect(calls).toEqual(['csrf', 'login with fresh-token']);
  });

  it('sends no CSRF header on GET', async () => {
    document.cookie = 'XSRF-TOKEN=token-from-cookie; path=/';
    let header: string | null = 'not called';
    server.use(
      http.get('/api/me', ({ request }) => {
        header = request.headers.get('X-XSRF-TOKEN');
        return HttpResponse.json({});
      }),
    );

    await api.get('/api/me');

    expect(header).toBeNull();
  });

  it('asks the server to answer in the language the user chose', async () => {
    const languages: (string | null)[] = [];
    server.use(
      http.get('/api/me', ({ request }) => {
        languages.push(request.headers.get('Accept-Language'));
        return HttpResponse.json({});
      }),
    );

    await api.get('/api/me');
    await i18n.changeLanguage('en');
    await api.get('/api/me');

    expect(languages).toEqual(['id', 'en']);
  });

  it('leaves empty query parameters out', async () => {
    let search = '';
    server.use(
      http.get('/api/households', ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json({});
      }),
    );

    await api.get('/api/households', { q: '', page: 0, size: 20, region: undefined });

    expect(search).toBe('?page=0&size=20');
  });
});
