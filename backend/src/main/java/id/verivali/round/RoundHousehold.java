package id.verivali.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A household of a round and the change that re-verifies it. One per household and round: the primary key. */
@Entity
@Table(name = "verification_round_household")
class RoundHousehold {

    @Embeddable
    record Key(
            @Column(name = "round_id") long roundId,
            @Column(name = "household_id") long householdId) implements Serializable {}

    @EmbeddedId
    private Key key;

    private long changeRequestId;
    private String subdistrictCode;
    private String villageCode;

    @Enumerated(EnumType.STRING)
    private RoundEntry entry;

    protected RoundHousehold() {}

    RoundHousehold(
            long roundId,
            long householdId,
            long changeRequestId,
            String subdistrictCode,
            String villageCode,
            RoundEntry entry) {
        this.key = new Key(roundId, householdId);
        this.changeRequestId = changeRequestId;
        this.subdistrictCode = subdistrictCode;
        this.villageCode = villageCode;
        this.entry = entry;
    }
}
