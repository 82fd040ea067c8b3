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

    @Version
    private long version;

    protected Household() {}

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

    List<Member> members() {
        return List.copyOf(members);
    }

    long version() {
        return version;
    }
}
