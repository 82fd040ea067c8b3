package id.verivali.household;

import id.verivali.audit.HouseholdHeads;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registry's heads' names for the reads log. */
@Component
class HouseholdHeadsForAudit implements HouseholdHeads {

    private final HouseholdService households;

    HouseholdHeadsForAudit(HouseholdService households) {
        this.households = households;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> headNames(Collection<Long> householdIds) {
        return households.headNames(householdIds);
    }
}
