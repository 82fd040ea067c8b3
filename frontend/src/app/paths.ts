export const paths = {
  login: '/login',
  households: '/households',
  household: (id: number) => `/households/${id}`,
  audit: '/audit',
  auditChange: (id: number) => `/audit/changes/${id}`,
};

/** Paths the Spring Boot application serves itself, not this app's router. */
const serverPaths = ['/api/', '/camunda/', '/engine-rest/', '/swagger-ui', '/v3/', '/actuator/'];

/**
 * Where to go after signing in: a path on this site from `?next=`, never another site
 * (`//evil.example` and `https://…` are refused).
 */
export function afterSignIn(next: string | null) {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return { path: paths.households, external: false };
  }
  if (next === paths.login || next.startsWith(`${paths.login}?`)) {
    return { path: paths.households, external: false };
  }
  return { path: next, external: serverPaths.some((prefix) => next.startsWith(prefix)) };
}
