/**
 * Residents' own door, without an account: checking one's status on the registry by NIK and name, limited per client
 * address and per NIK, never telling an unknown NIK from a wrong name.
 */
package id.verivali.resident;
