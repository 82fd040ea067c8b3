package id.verivali.changerequest;

import java.util.List;

/**
 * What the duplicate check found.
 *
 * @param failure {@code DUPLICATE_NIK} when a proposed person is already on another household; null otherwise
 * @param householdIds the other households found: with a proposed NIK, or on the same family card (which the field
 *     check judges)
 */
public record DuplicateFinding(String failure, List<Long> householdIds) {}
