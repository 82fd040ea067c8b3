package id.verivali.changerequest;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what field checks found on their changes ({@link FieldFinding}), before the field check task is completed
 * with the decision the finding makes. Whatever door the visit came through (the field-check form or an imported
 * field sheet), the change becomes the same.
 */
@Service
public class FieldFindings {

    private final ChangeRequestRepository changes;

    FieldFindings(ChangeRequestRepository changes) {
        this.changes = changes;
    }

    /**
     * Records the findings on changes waiting at their field check, locked for the caller's transaction: those the
     * finding turns into a removal are one from now on.
     */
    @Transactional
    public Map<Long, FieldOutcome> record(Map<Long, FieldFinding> findings) {
        var found = changes.findAllById(findings.keySet());
        if (found.size() != findings.size()) {
            throw new IllegalArgumentException("Unknown changes among " + findings.keySet());
        }
        return found.stream().collect(Collectors.toMap(ChangeRequest::id, change -> {
            if (change.status() != ChangeStatus.IN_PROGRESS || change.stage() != Stage.FIELD_CHECK) {
                throw new IllegalStateException(
                        "Change " + change.number() + " is not waiting at its field check but " + change.stage());
            }
            var outcome = findings.get(change.id()).outcomeFor(change.type(), change.removalReason());
            change.foundInField(outcome);
            return outcome;
        }));
    }

    /** Convenience for one change. */
    @Transactional
    public FieldOutcome record(long changeId, FieldFinding finding) {
        return record(Map.of(changeId, finding)).get(changeId);
    }
}
