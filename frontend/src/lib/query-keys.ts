/**
 * The cache keys of the server's data, one factory per resource. Each key starts with its resource,
 * so a write makes all of that resource stale through its root (`queryKeys.tasks.all`), and its
 * second element names what is cached (a page, a whole list, one record), so two different shapes
 * never share a key. Features never import each other: the keys they share live here.
 */
export const queryKeys = {
  me: ['me'] as const,
  signInPage: ['sign-in-page'] as const,
  /** The signed-in official's e-mail address and choice of mails (not under `me`: a sign-in drops it). */
  notificationSettings: ['notification-settings'] as const,
  tasks: {
    all: ['tasks'] as const,
    page: (filter: object) => ['tasks', 'page', filter] as const,
    /** Every open task of a stage, all pages: what a deliberation decides. */
    pending: (stage: string) => ['tasks', 'pending', stage] as const,
    /** How many tasks wait in the caller's inbox: the menu's badge and the tab's title. */
    count: ['tasks', 'count'] as const,
  },
  changeRequests: {
    all: ['change-requests'] as const,
    page: (filter: object) => ['change-requests', 'page', filter] as const,
    details: (id: number) => ['change-requests', 'details', id] as const,
  },
  /** Residents' proposals and objections, as the village operator and the Camat receive them. */
  intake: {
    all: ['intake'] as const,
    page: (filter: object) => ['intake', 'page', filter] as const,
    details: (code: string) => ['intake', 'details', code] as const,
  },
  households: {
    all: ['households'] as const,
    page: (filter: object) => ['households', 'page', filter] as const,
    details: (id: number) => ['households', 'details', id] as const,
    /** The household a proposal is about, in the shape the proposal form reads. */
    forChange: (id: number) => ['households', 'for-change', id] as const,
  },
  regions: {
    details: (code: string) => ['regions', 'details', code] as const,
    /** A region's children; null: the provinces. */
    children: (parent: string | null) => ['regions', 'children', parent] as const,
  },
  deliberations: {
    all: ['deliberations'] as const,
    page: (filter: object) => ['deliberations', 'page', filter] as const,
    details: (id: number) => ['deliberations', 'details', id] as const,
    bnba: (id: number) => ['deliberations', 'bnba', id] as const,
  },
  rounds: {
    all: ['rounds'] as const,
    page: (filter: object) => ['rounds', 'page', filter] as const,
    details: (id: number) => ['rounds', 'details', id] as const,
    /** A round's civil-registry match report, by kecamatan and village. */
    report: (id: number) => ['rounds', 'report', id] as const,
  },
  fieldChecks: {
    all: ['field-checks'] as const,
    page: (filter: object) => ['field-checks', 'page', filter] as const,
    /** One field check, found on its village's worklist: a visit's page opened without the row. */
    one: (taskId: string) => ['field-checks', 'one', taskId] as const,
    /** Each village's field checks under a region, by where they are. */
    progress: (filter: object) => ['field-checks', 'progress', filter] as const,
    /** A filled field sheet brought back: its preview, then the decisions being applied. */
    import: (id: number) => ['field-checks', 'import', id] as const,
  },
  supervision: {
    deadlines: (region: string | null) => ['supervision', 'deadlines', region] as const,
    progress: (region: string | null) => ['supervision', 'progress', region] as const,
    /** A round's changes per kecamatan and stage. */
    round: (id: number) => ['supervision', 'round', id] as const,
  },
  reports: {
    summary: (filter: object) => ['reports', 'summary', filter] as const,
  },
  audit: {
    reads: (filter: object) => ['audit', 'reads', filter] as const,
    chain: ['audit', 'chain'] as const,
    diagram: (id: number) => ['audit', 'diagram', id] as const,
    timeline: (id: number) => ['audit', 'timeline', id] as const,
  },
};
