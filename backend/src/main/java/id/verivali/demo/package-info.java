/**
 * The demo profile's data: Kabupaten Kubu Raya (61.12) with a synthetic registry whose ghost share resembles the one
 * its 2015 list had (about a third), a matching civil-registry table, and an account for every role and region.
 * Deterministic: the same seed gives the same people on every machine.
 */
package id.verivali.demo;
