package id.verivali.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The date by which a district wants one kecamatan's verification done ("each kecamatan within three to four
 * months"), and the day from which its work counts.
 */
@Entity
@Table(name = "supervision_target")
class SupervisionTarget {

    @Id
    private String regionCode;

    private LocalDate targetDate;
    /** Null: every change of the kecamatan counts, whenever proposed. */
    private LocalDate startsOn;

    private String setBy;
    private Instant setAt;

    /** Null until first saved, which tells Spring Data to insert it. */
    @Version
    private Long version;

    protected SupervisionTarget() {}

    SupervisionTarget(String regionCode) {
        this.regionCode = regionCode;
    }

    void set(LocalDate targetDate, LocalDate startsOn, String by, Instant at) {
        this.targetDate = targetDate;
        this.startsOn = startsOn;
        this.setBy = by;
        this.setAt = at;
    }

    String regionCode() {
        return regionCode;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    String setBy() {
        return setBy;
    }

    Instant setAt() {
        return setAt;
    }

    Long version() {
        return version;
    }
}
