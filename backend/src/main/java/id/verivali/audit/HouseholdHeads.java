package id.verivali.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The heads' names of households the reads log mentions, so that an auditor reads who was looked at, not an id. The
 * registry answers it; the audit log keeps no personal data of its own.
 */
public interface HouseholdHeads {

    /** By household id; unknown ids are left out. */
    Map<Long, String> headNames(Collection<Long> householdIds);
}
