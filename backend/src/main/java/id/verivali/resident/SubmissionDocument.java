package id.verivali.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A file a submission came with, kept in the document store. */
@Embeddable
record SubmissionDocument(
        @Column(name = "document_id") long documentId,
        @Enumerated(EnumType.STRING) Purpose purpose) {

    public enum Purpose {
        HOUSE_PHOTO,
        FAMILY_CARD
    }
}
