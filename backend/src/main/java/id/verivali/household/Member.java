package id.verivali.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A member of a household (anggota rumah tangga), identified by NIK. */
@Entity
@Table(name = "household_member")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    private String nik;
    private String name;
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    private Relationship relationship;

    @Enumerated(EnumType.STRING)
    private CivilRegistryStatus civilRegistryStatus;

    @Enumerated(EnumType.STRING)
    private RecordStatus status;

    @Enumerated(EnumType.STRING)
    private RemovalReason removalReason;

    /** When the member joined and left the registry; reports count the registry as it stood on a past day. */
    private Instant createdAt;

    private Instant removedAt;

    @Version
    private long version;

    protected Member() {}

    Member(Household household, NewHousehold.NewMember member, Instant now) {
        this.household = household;
        this.nik = member.nik();
        this.name = member.name();
        this.birthDate = member.birthDate();
        this.sex = member.sex();
        this.relationship = member.relationship();
        this.civilRegistryStatus = CivilRegistryStatus.UNCHECKED;
        this.status = RecordStatus.ACTIVE;
        this.createdAt = now;
    }

    /** Takes the member off the list with its reason; one already off it keeps its first reason. */
    void remove(RemovalReason reason, Instant now) {
        if (status == RecordStatus.REMOVED) {
            return;
        }
        status = RecordStatus.REMOVED;
        removalReason = reason;
        removedAt = now;
    }

    void recordCivilRegistryStatus(CivilRegistryStatus status) {
        civilRegistryStatus = status;
    }

    Long id() {
        return id;
    }

    String nik() {
        return nik;
    }

    String name() {
        return name;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    Sex sex() {
        return sex;
    }

    Relationship relationship() {
        return relationship;
    }

    CivilRegistryStatus civilRegistryStatus() {
        return civilRegistryStatus;
    }

    RecordStatus status() {
        return status;
    }

    RemovalReason removalReason() {
        return removalReason;
    }
}
