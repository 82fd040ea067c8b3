package id.verivali.changerequest;

import java.time.LocalDate;
import java.util.List;

/**
 * The signed minutes behind a change's decisions: the village's berita acara, the kecamatan's plenary, the district's
 * ratification, the ministry's decree. Deliberations record them; a change's page links each decision taken in one to
 * its record and document.
 */
public interface DeliberationMinutes {

    /** The deliberations that decided the change, oldest first. */
    List<Minutes> decided(long changeRequestId);

    /** A deliberation as the decisions it recorded carry it: their stage, reference and reference date. */
    record Minutes(long deliberationId, Stage stage, String number, LocalDate heldOn) {

        boolean recorded(DecisionView decision) {
            return decision.stage() == stage
                    && number.equals(decision.reference())
                    && heldOn.equals(decision.referenceDate());
        }
    }
}
