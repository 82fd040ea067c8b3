package id.verivali.document;

import id.verivali.common.web.InvalidFieldException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps uploaded files: a PDF, JPEG or PNG by its content, at most 10 MB, with its SHA-256. A refused file answers 400
 * naming the form field it came in ({@code minutes}).
 */
@Service
public class DocumentStore {

    /** 10 MB: a scanned, signed set of minutes with its by-name-by-address list fits. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final int FILENAME_MAX = 255;

    private final DocumentRepository documents;
    private final Clock clock;

    DocumentStore(DocumentRepository documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** Refuses, storing nothing, an empty file, one over 10 MB, or one that is not a PDF, JPEG or PNG. */
    public void check(MultipartFile file) {
        if (file.isEmpty()) {
            throw refusal(file, "document.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw refusal(file, "document.tooLarge");
        }
        try (InputStream in = file.getInputStream()) {
            typeOf(file, in.readNBytes(DocumentType.HEAD_LENGTH));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Stores the file as {@link #check} allows it, hashing it as it is read. */
    @Transactional
    public StoredDocument store(MultipartFile file, String uploadedBy) {
        check(file);
        MessageDigest sha256 = sha256();
        byte[] content;
        try (InputStream in = new DigestInputStream(file.getInputStream(), sha256)) {
            content = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        // The declared size was checked; the bytes themselves are what gets stored.
        return save(file.getName(), file.getOriginalFilename(), content, sha256, uploadedBy);
    }

    /**
     * Stores content the application made from an upload (a photo re-encoded without its metadata), checked as an
     * upload is; a refusal names {@code field}.
     */
    @Transactional
    public StoredDocument store(String field, String filename, byte[] content, String uploadedBy) {
        MessageDigest sha256 = sha256();
        sha256.update(content);
        return save(field, filename, content, sha256, uploadedBy);
    }

    private StoredDocument save(
            String field, String originalFilename, byte[] content, MessageDigest sha256, String uploadedBy) {
        if (content.length == 0) {
            throw new InvalidFieldException(field, "document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidFieldException(field, "document.tooLarge");
        }
        DocumentType type =
                DocumentType.of(content).orElseThrow(() -> new InvalidFieldException(field, "document.type"));
        Document saved = documents.save(new Document(
                filenameOf(field, originalFilename, type),
                type.mediaType(),
                content,
                HexFormat.of().formatHex(sha256.digest()),
                uploadedBy,
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        return saved.stored();
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> find(long id) {
        return documents.findStored(id);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> content(long id) {
        return documents.findContent(id);
    }

    private static DocumentType typeOf(MultipartFile file, byte[] head) {
        return DocumentType.of(head).orElseThrow(() -> refusal(file, "document.type"));
    }

    /** The uploader's name for the file without any folder, or the field's name with the type's extension. */
    private static String filenameOf(String field, String originalFilename, DocumentType type) {
        String original = originalFilename == null ? "" : originalFilename;
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            name = field + "." + type.extension();
        }
        // Keep the end, where the extension is.
        return name.length() <= FILENAME_MAX ? name : name.substring(name.length() - FILENAME_MAX);
    }

    private static InvalidFieldException refusal(MultipartFile file, String messageCode) {
        return new InvalidFieldException(file.getName(), messageCode);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
