package id.verivali.changerequest;

import static id.verivali.changerequest.Decision.APPROVE;
import static id.verivali.changerequest.Decision.DEFER;
import static id.verivali.changerequest.Decision.REJECT;
import static id.verivali.changerequest.Decision.RETURN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The steps of the verification and validation chain (docs/domain.md), and the decisions each step may take. */
public enum Stage {
    /** NIK and region, civil registry and duplicate checks: automatic, nobody decides. */
    CHECKS,
    FIELD_CHECK(APPROVE, REJECT),
    /** Musyawarah desa/kelurahan: a change not ready yet waits for the next one. */
    VILLAGE_DELIBERATION(APPROVE, REJECT, DEFER),
    SUBDISTRICT_PLENARY(APPROVE, REJECT, RETURN),
    DISTRICT_VERIFICATION(APPROVE, REJECT, RETURN),
    /** The head of Dinas Sosial ratifies with a signed letter. */
    DISTRICT_APPROVAL(APPROVE, REJECT, RETURN),
    /** Pusdatin; the minister's decree (Kepmensos) fixes the outcome. */
    MINISTRY_DETERMINATION(APPROVE, REJECT, RETURN),
    DONE;

    private final Set<Decision> allowedDecisions;

    Stage(Decision... allowed) {
        EnumSet<Decision> set = EnumSet.noneOf(Decision.class);
        Collections.addAll(set, allowed);
        this.allowedDecisions = Collections.unmodifiableSet(set);
    }

    public Set<Decision> allowedDecisions() {
        return allowedDecisions;
    }
}
