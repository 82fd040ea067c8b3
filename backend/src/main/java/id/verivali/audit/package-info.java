/**
 * The tamper-evident audit log: who did or saw what, when, in an append-only hash chain.
 */
package id.verivali.audit;
