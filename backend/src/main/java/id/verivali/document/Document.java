package id.verivali.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored file; never changed once stored. */
@Entity
@Table(name = "document")
class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String filename;
    private String contentType;
    private long sizeBytes;
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String uploadedBy;
    private Instant uploadedAt;

    protected Document() {}

    Document(
            String filename, String contentType, byte[] content, String sha256, String uploadedBy, Instant uploadedAt) {
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    StoredDocument stored() {
        return new StoredDocument(id, filename, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
