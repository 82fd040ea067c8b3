/**
 * The auditor's replay of one change: every event of it in order (proposal, checks, tasks, claims, decisions,
 * deliberations, timers, escalations, returns, the registry change, the ending), assembled from the engine's history,
 * the change's own decisions, the deliberations and the audit log, and the deployed diagram with the path the change
 * took through it. Reads only; nothing depends on this package.
 */
package id.verivali.history;
