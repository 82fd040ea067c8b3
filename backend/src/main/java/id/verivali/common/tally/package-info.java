/**
 * Counts kept per village and counted again only where marked: the plumbing that marks a village when a transaction
 * writes rows a tally counts.
 */
package id.verivali.common.tally;
