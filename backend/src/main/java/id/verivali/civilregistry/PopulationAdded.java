package id.verivali.civilregistry;

import java.util.List;

/** Residents added to the population table, by NIK; published inside the transaction that wrote them. */
public record PopulationAdded(List<String> niks) {}
