package id.verivali.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report as a file to download. */
record ReportFile(String filename, MediaType mediaType, byte[] content) {

    /** The file as a download: its type, and an attachment under its name, so that a plain link saves it. */
    ResponseEntity<byte[]> asAttachment() {
        return ResponseEntity.ok()
                .contentType(mediaType)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(content);
    }
}
