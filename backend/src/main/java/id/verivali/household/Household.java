package id.verivali.household;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A household (rumah tangga) on the registry, identified by its family card (KK) and living in one village. */
@Entity
@Table(name = "household")
class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kkNumber;
    private String address;
    private String rt;
    private String rw;
    private String villageCode;

    @Enumerated(EnumType.STRING)
    private RecordStatus status;

    @Enumerated(EnumType.STRING)
    private RemovalReason removalReason;

    @Embedded
    private WelfareAttributes welfare;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Member> members = new ArrayList<>();

    private Instant createdAt;
    private Instant updatedAt;
    private Instant lastVerifiedAt;
    /** When the household left the registry; reports count the registry as it stood on a past day from these. */
    private Instant removedAt;

    @Version
    private long version;

    protected Household() {}

    Household(NewHousehold household, Instant now) {
        this.kkNumber = household.kkNumber();
        this.address = household.address();
        this.rt = household.rt();
        this.rw = household.rw();
        this.villageCode = household.villageCode();
        this.status = RecordStatus.ACTIVE;
        this.welfare = household.welfare();
        this.createdAt = now;
        this.updatedAt = now;
        household.members().forEach(member -> members.add(new Member(this, member, now)));
    }

    /** Takes the non-null parts of an update; a record that already holds them is left as it is. */
    void update(HouseholdUpdate update, Instant now) {
        boolean changed = false;
        if (update.address() != null && !update.address().equals(address)) {
            address = update.address();
            changed = true;
        }
        if (update.rt() != null && !update.rt().equals(rt)) {
            rt = update.rt();
            changed = true;
        }
        if (update.rw() != null && !update.rw().equals(rw)) {
            rw = update.rw();
            changed = true;
        }
        if (update.welfare() != null && !update.welfare().equals(welfare)) {
            welfare = update.welfare();
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
    }

    void markReverified(Instant at) {
        lastVerifiedAt = at;
    }

    /** Takes the household off the list with its reason; one already off it keeps its first reason. */
    void remove(RemovalReason reason, Instant now) {
        if (status == RecordStatus.REMOVED) {
            return;
        }
        status = RecordStatus.REMOVED;
        removalReason = reason;
        updatedAt = now;
        removedAt = now;
    }

    Long id() {
        return id;
    }

    String kkNumber() {
        return kkNumber;
    }

    String address() {
        return address;
    }

    String rt() {
        return rt;
    }

    String rw() {
        return rw;
    }

    String villageCode() {
        return villageCode;
    }

    RecordStatus status() {
        return status;
    }

    RemovalReason removalReason() {
        return removalReason;
    }

    WelfareAttributes welfare() {
        return welfare;
    }

    Instant lastVerifiedAt() {
        return lastVerifiedAt;
    }

    List<Member> members() {
        return List.copyOf(members);
    }

    long version() {
        return version;
    }
}
