/** Roles outside the verification chain's decisions: they read or run the system, never decide. */
const nonDeciding = new Set(['AUDITOR', 'ADMIN', 'INTEGRATION', 'MONITORING']);

/** Whether the role has an inbox of tasks to decide. */
export function decidesTasks(role: string) {
  return !nonDeciding.has(role);
}
