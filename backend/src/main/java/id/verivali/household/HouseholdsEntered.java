package id.verivali.household;

import java.util.Set;

/**
 * Households put on the registry in bulk, by JDBC rather than through their entity, in the villages named; published
 * inside the transaction that wrote them.
 */
public record HouseholdsEntered(Set<String> villageCodes) {}
