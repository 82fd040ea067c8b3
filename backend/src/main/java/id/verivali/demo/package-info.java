/**
 * The demo profile's data: by default Kabupaten Kubu Raya (61.12), or any district that {@code
 * verivali.demo.district} names, at a few dozen households a village or at the size {@code verivali.demo.households}
 * asks for. A synthetic registry whose ghost share resembles the one Kubu Raya's 2015 list had (about a third), a
 * matching civil-registry table, and an account for every role and region. Deterministic: the same seed and settings
 * give the same people on every machine.
 */
package id.verivali.demo;
