package id.verivali.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.verivali.common.web.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.ReflectionTestUtils;

class DocumentStoreTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final DocumentRepository repository = mock(DocumentRepository.class);
    private final DocumentStore store =
            new DocumentStore(repository, Clock.fixed(Instant.parse("2026-03-20T02:00:00.123Z"), ZoneOffset.UTC));

    DocumentStoreTest() {
        when(repository.save(any())).thenAnswer(call -> {
            Document saved = call.getArgument(0);
            ReflectionTestUtils.setField(saved, "id", 7L);
            return saved;
        });
    }

    @Test
    void a_pdf_is_stored_with_its_sha256_and_the_type_its_content_shows() {
        var stored = store.store(
                new MockMultipartFile("minutes", "C:\\Scans\\ba musdes.pdf", "application/octet-stream", PDF), "kades");

        var saved = ArgumentCaptor.forClass(Document.class);
        verify(repository).save(saved.capture());
        assertThat(saved.getValue().stored()).isEqualTo(stored);
        assertThat(ReflectionTestUtils.getField(saved.getValue(), "content")).isEqualTo(PDF);
        assertThat(stored.uploadedBy()).isEqualTo("kades");
        assertThat(stored.filename()).isEqualTo("ba musdes.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(PDF.length);
        // printf '%%PDF-1.4\n%%%%EOF\n' | sha256sum
        assertThat(stored.sha256()).isEqualTo("14bcd090baf31edba64e9cbd8cdfc15f943344aa72cb3675ad8e91bfcbce03ad");
        assertThat(stored.uploadedAt()).isEqualTo(Instant.parse("2026-03-20T02:00:00Z"));
    }

    @Test
    void jpeg_and_png_are_known_by_their_first_bytes_and_anything_else_is_refused() {
        assertThat(DocumentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}))
                .contains(DocumentType.JPEG);
        assertThat(DocumentType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
                .contains(DocumentType.PNG);
        assertThat(DocumentType.of("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(DocumentType.of(new byte[] {'%', 'P'})).isEmpty();

        assertRefused(
                new MockMultipartFile("minutes", "ba.pdf", "application/pdf", "Berita acara".getBytes()),
                "document.type");
        assertRefused(new MockMultipartFile("minutes", "ba.pdf", "application/pdf", new byte[0]), "document.empty");
        assertRefused(
                new MockMultipartFile("minutes", "ba.pdf", "application/pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1)),
                "document.tooLarge");
        verify(repository, never()).save(any());
    }

    private void assertRefused(MockMultipartFile file, String messageCode) {
        assertThatThrownBy(() -> store.store(file, "kades"))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("minutes");
                    assertThat(refused.messageCode()).isEqualTo(messageCode);
                });
    }
}
