/**
 * The civil registry (Dukcapil) as Verivali sees it: a population table of NIKs, names, birth dates and whether each
 * person is alive, dead or moved away. The civil-registry check matches household members against it.
 */
package id.verivali.civilregistry;
