export const paths = {
  login: '/login',
  /** Residents check their own status on the registry, without an account, and follow what they sent. */
  residentStatus: '/cek',
  /** The status page with a proposal's or objection's tracking code filled in, to follow it. */
  residentTracking: (trackingCode: string) => withQuery('/cek', { kode: trackingCode }),
  /** Residents propose a household for the registry: their own, or a poor neighbour's. */
  residentProposal: '/usul',
  /** Residents object to a household listed in their village. */
  residentObjection: '/sanggah',
  households: '/households',
  household: (id: number) => `/households/${id}`,
  newHousehold: '/households/new',
  newChange: (householdId: number, type?: string) =>
    withQuery(`/households/${householdId}/changes/new`, { type }),
  inbox: '/inbox',
  /** A resident's proposal or objection at the village's intake, by its tracking code. */
  intake: (code: string) => `/intake/${encodeURIComponent(code)}`,
  /** The changes proposed in the user's region. */
  changes: '/changes',
  /** One change, wherever its number appears. */
  change: (id: number) => `/changes/${id}`,
  supervision: (region?: string) => withQuery('/supervision', { region }),
  /** Supervision's rounds, and the one chosen to follow per kecamatan and stage. */
  supervisionRounds: (round?: number) =>
    withQuery('/supervision', { view: 'rounds', round: round?.toString() }),
  reports: (query: { region?: string; since?: string; until?: string } = {}) =>
    withQuery('/reports', query),
  audit: '/audit',
  auditChange: (id: number) => `/audit/changes/${id}`,
  deliberations: '/deliberations',
  newDeliberation: '/deliberations/new',
  deliberation: (id: number) => `/deliberations/${id}`,
  deliberationBnba: (id: number) => `/deliberations/${id}/bnba`,
  rounds: '/rounds',
  newRound: '/rounds/new',
  round: (id: number) => `/rounds/${id}`,
  /**
   * Field checks: a village's worklist, or for a kecamatan's officials each village's progress and,
   * with `region`, one village's worklist; the list's filters too.
   */
  fieldChecks: (query: FieldCheckQuery = {}) => withQuery('/field-checks', query),
  /** A page per RT to print, of the households still to visit. */
  fieldSheetPrint: (query: FieldCheckQuery = {}) => withQuery('/field-checks/print', query),
  fieldImport: '/field-checks/import',
  fieldVisit: (taskId: string) => `/field-checks/${encodeURIComponent(taskId)}/visit`,
  /** The signed-in official's choice of e-mails. */
  notificationSettings: '/settings/notifications',
};

/** A field check list's address: each value as the address writes it (`status=all`, `round=5`). */
type FieldCheckQuery = Partial<
  Record<'region' | 'round' | 'status' | 'rw' | 'rt' | 'dusun' | 'page', string>
>;

function withQuery(path: string, query: Record<string, string | undefined>) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value) {
      search.set(name, value);
    }
  }
  return search.size > 0 ? `${path}?${search}` : path;
}

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

/** The zero-based page an address asks for: `?page=` counts from 1 for people; anything else is the first page. */
export function pageIndex(params: URLSearchParams) {
  return Math.max(0, Math.trunc(Number(params.get('page') ?? '1')) - 1) || 0;
}
