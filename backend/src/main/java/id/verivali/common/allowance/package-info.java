/** Allowances per key (a client address, a NIK) for what is limited: wrong passwords, residents' lookups. */
package id.verivali.common.allowance;
