package id.verivali.deliberation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A held deliberation: the record its minutes are, and the decisions it took. Never changed once recorded. */
@Entity
@Table(name = "deliberation")
class Deliberation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "deliberation_level")
    private DeliberationLevel level;

    /** Null for the ministry. */
    private String regionCode;

    private LocalDate heldOn;
    private String place;
    private String minutesNumber;

    @ElementCollection
    @CollectionTable(name = "deliberation_attendee", joinColumns = @JoinColumn(name = "deliberation_id"))
    @OrderColumn(name = "item_no")
    @Column(name = "name")
    private List<String> attendees = new ArrayList<>();

    private long minutesDocumentId;
    private String minutesSha256;
    private int decisionCount;

    @ElementCollection
    @CollectionTable(name = "deliberation_decision", joinColumns = @JoinColumn(name = "deliberation_id"))
    @OrderColumn(name = "item_no")
    private List<DeliberationDecision> decisions = new ArrayList<>();

    private String heldBy;
    private Instant recordedAt;

    protected Deliberation() {}

    Deliberation(
            DeliberationLevel level,
            String regionCode,
            LocalDate heldOn,
            String place,
            String minutesNumber,
            List<String> attendees,
            long minutesDocumentId,
            String minutesSha256,
            List<DeliberationDecision> decisions,
            String heldBy,
            Instant recordedAt) {
        this.level = level;
        this.regionCode = regionCode;
        this.heldOn = heldOn;
        this.place = place;
        this.minutesNumber = minutesNumber;
        this.attendees = new ArrayList<>(attendees);
        this.minutesDocumentId = minutesDocumentId;
        this.minutesSha256 = minutesSha256;
        this.decisions = new ArrayList<>(decisions);
        this.decisionCount = decisions.size();
        this.heldBy = heldBy;
        this.recordedAt = recordedAt;
    }

    Long id() {
        return id;
    }

    DeliberationLevel level() {
        return level;
    }

    String regionCode() {
        return regionCode;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    String place() {
        return place;
    }

    String minutesNumber() {
        return minutesNumber;
    }

    List<String> attendees() {
        return List.copyOf(attendees);
    }

    long minutesDocumentId() {
        return minutesDocumentId;
    }

    String minutesSha256() {
        return minutesSha256;
    }

    int decisionCount() {
        return decisionCount;
    }

    List<DeliberationDecision> decisions() {
        return List.copyOf(decisions);
    }

    String heldBy() {
        return heldBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
