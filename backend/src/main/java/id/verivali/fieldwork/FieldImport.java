package id.verivali.fieldwork;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A filled field sheet uploaded by a village operator: previewed first, decided only once confirmed. */
@Entity
@Table(name = "field_import")
class FieldImport {

    static final String PREVIEWED = "PREVIEWED";
    static final String CONFIRMED = "CONFIRMED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String villageCode;
    private String filename;
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private int rowsTotal;
    private int rowsToDecide;
    private String status;
    private String uploadedBy;
    private Instant uploadedAt;
    private Instant confirmedAt;

    @Version
    private long version;

    protected FieldImport() {}

    FieldImport(
            String villageCode,
            String filename,
            String sha256,
            byte[] content,
            int rowsTotal,
            int rowsToDecide,
            String uploadedBy,
            Instant uploadedAt) {
        this.villageCode = villageCode;
        this.filename = filename;
        this.sha256 = sha256;
        this.content = content;
        this.rowsTotal = rowsTotal;
        this.rowsToDecide = rowsToDecide;
        this.status = PREVIEWED;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void confirmed(int rowsDecided, Instant at) {
        this.rowsToDecide = rowsDecided;
        this.status = CONFIRMED;
        this.confirmedAt = at;
    }

    boolean isConfirmed() {
        return CONFIRMED.equals(status);
    }

    Long id() {
        return id;
    }

    String villageCode() {
        return villageCode;
    }

    String filename() {
        return filename;
    }

    String sha256() {
        return sha256;
    }

    byte[] content() {
        return content;
    }

    int rowsTotal() {
        return rowsTotal;
    }

    int rowsToDecide() {
        return rowsToDecide;
    }

    String status() {
        return status;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }
}
