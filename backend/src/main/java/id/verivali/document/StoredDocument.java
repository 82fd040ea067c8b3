package id.verivali.document;

import java.time.Instant;

/**
 * A stored document without its content.
 *
 * @param contentType as its content shows it, whatever the uploader declared
 * @param sha256 of the content, lower-case hex
 */
public record StoredDocument(
        long id,
        String filename,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
