// A browser context signed in to the running demo through its API, as the sign-in page signs in (a session cookie,
// then the CSRF token the session's writes send back): for the scripts that measure or drive the demo.

/** The CSRF token a context sends back with its writes (X-XSRF-TOKEN). */
export async function csrfToken(context) {
  return (await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
}

export async function signedInContext(browser, { baseURL, username, locale = 'id-ID' }) {
  const context = await browser.newContext({ baseURL, locale });
  await context.request.get('/api/auth/csrf');
  const login = await context.request.post('/api/auth/login', {
    headers: { 'X-XSRF-TOKEN': await csrfToken(context) },
    data: { username, password: 'demo' },
  });
  if (!login.ok()) {
    throw new Error(`Sign-in as ${username} failed: HTTP ${login.status()}`);
  }
  return context;
}
