package id.verivali.changerequest;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One decision on a change request: written once, never changed or deleted (the audit trail relies on it). */
@Entity
@Immutable
@Table(name = "change_request_decision")
class ChangeRequestDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long changeRequestId;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private String actor;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String reason;
    private String note;
    private String reference;
    private LocalDate referenceDate;
    private Instant decidedAt;

    protected ChangeRequestDecision() {}

    ChangeRequestDecision(long changeRequestId, RecordedDecision recorded, Instant decidedAt) {
        this.changeRequestId = changeRequestId;
        this.stage = recorded.stage();
        this.actor = recorded.actor();
        this.decision = recorded.decision();
        this.reason = recorded.reason();
        this.note = recorded.note();
        this.reference = recorded.reference();
        this.referenceDate = recorded.referenceDate();
        this.decidedAt = decidedAt;
    }

    DecisionView view() {
        return new DecisionView(id, stage, actor, decision, reason, note, reference, referenceDate, decidedAt, null);
    }
}
