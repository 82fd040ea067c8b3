package id.verivali.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A district's verification round: its scope and targets, and how far starting its households' changes has come.
 * The cursor (a village and a household id) is where the next batch starts; it moves only in the transaction that
 * starts the batch's changes, so a crash loses no household and doubles none.
 */
@Entity
@Table(name = "verification_round")
class VerificationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String districtCode;
    private LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    private RoundStatus status;

    private String openedBy;
    private Instant openedAt;
    private long lastHouseholdId;
    private int householdsTotal;
    private int changesStarted;
    private int alreadyInProgress;
    private int leftRegistry;
    private String cursorVillageCode;
    private long cursorHouseholdId;
    private long secondsRunBefore;
    private Instant runningSince;
    private Instant allStartedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "verification_round_subdistrict", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("code")
    private List<RoundSubdistrict> subdistricts = new ArrayList<>();

    @Version
    private long version;

    protected VerificationRound() {}

    VerificationRound(
            String name,
            String districtCode,
            LocalDate startsOn,
            List<RoundSubdistrict> subdistricts,
            long lastHouseholdId,
            String openedBy,
            Instant openedAt) {
        this.name = name;
        this.districtCode = districtCode;
        this.startsOn = startsOn;
        this.subdistricts = new ArrayList<>(subdistricts);
        this.householdsTotal = subdistricts.stream()
                .mapToInt(RoundSubdistrict::householdsTotal)
                .sum();
        this.lastHouseholdId = lastHouseholdId;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = RoundStatus.STARTING;
        this.runningSince = openedAt;
        this.cursorVillageCode = "";
    }

    /** A batch has gone through: the cursor moves past its last household and the counts grow. */
    void advanced(String village, long householdId, int started, int linked) {
        cursorVillageCode = village;
        cursorHouseholdId = householdId;
        changesStarted += started;
        alreadyInProgress += linked;
    }

    /**
     * Nothing is left after the cursor: every household in scope has its change, but those that left the list (a
     * removal approved meanwhile) before their turn came.
     */
    void allStarted(Instant at) {
        leftRegistry = Math.max(0, householdsTotal - changesStarted - alreadyInProgress);
        stopRunning(at);
        status = RoundStatus.ALL_STARTED;
        allStartedAt = at;
    }

    void pause(Instant at) {
        stopRunning(at);
        status = RoundStatus.PAUSED;
    }

    void resume(Instant at) {
        status = RoundStatus.STARTING;
        runningSince = at;
    }

    /** Time spent starting changes, pauses excluded. */
    Duration timeRunning(Instant now) {
        long seconds = secondsRunBefore;
        if (runningSince != null) {
            seconds += Math.max(0, Duration.between(runningSince, now).getSeconds());
        }
        return Duration.ofSeconds(seconds);
    }

    private void stopRunning(Instant at) {
        secondsRunBefore = timeRunning(at).getSeconds();
        runningSince = null;
    }

    /** Households done: a change started or linked, or gone from the list before their turn. */
    int householdsDone() {
        return changesStarted + alreadyInProgress + leftRegistry;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String districtCode() {
        return districtCode;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    RoundStatus status() {
        return status;
    }

    String openedBy() {
        return openedBy;
    }

    Instant openedAt() {
        return openedAt;
    }

    long lastHouseholdId() {
        return lastHouseholdId;
    }

    int householdsTotal() {
        return householdsTotal;
    }

    int changesStarted() {
        return changesStarted;
    }

    int alreadyInProgress() {
        return alreadyInProgress;
    }

    int leftRegistry() {
        return leftRegistry;
    }

    String cursorVillageCode() {
        return cursorVillageCode;
    }

    long cursorHouseholdId() {
        return cursorHouseholdId;
    }

    Instant allStartedAt() {
        return allStartedAt;
    }

    List<RoundSubdistrict> subdistricts() {
        return List.copyOf(subdistricts);
    }

    long version() {
        return version;
    }
}
