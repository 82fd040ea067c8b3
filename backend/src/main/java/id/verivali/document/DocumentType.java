package id.verivali.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file accepted, known by their first bytes ("magic numbers"), never by the name or the declared content
 * type: a text file renamed minutes.pdf is still a text file.
 */
enum DocumentType {
    /** {@code %PDF-} */
    PDF("application/pdf", "pdf", 0x25, 0x50, 0x44, 0x46, 0x2D),
    JPEG("image/jpeg", "jpg", 0xFF, 0xD8, 0xFF),
    PNG("image/png", "png", 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);

    /** Enough of a file's start to tell every type. */
    static final int HEAD_LENGTH = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    DocumentType(String mediaType, String extension, int... magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            this.magic[i] = (byte) magic[i];
        }
    }

    /** The type whose magic number the content starts with. */
    static Optional<DocumentType> of(byte[] head) {
        return Arrays.stream(values())
                .filter(type -> head.length >= type.magic.length
                        && Arrays.equals(head, 0, type.magic.length, type.magic, 0, type.magic.length))
                .findFirst();
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }
}
