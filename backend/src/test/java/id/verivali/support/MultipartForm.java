package id.verivali.support;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A multipart form as a browser sends it: named parts, each with its own content type. */
public final class MultipartForm {

    private final LinkedMultiValueMap<String, HttpEntity<?>> parts = new LinkedMultiValueMap<>();

    /** A JSON part, as text, so that a test can send it malformed. */
    public MultipartForm json(String name, String json) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        parts.add(name, new HttpEntity<>(json, headers));
        return this;
    }

    /** A file with its name; its declared type follows the name, as a browser's would. */
    public MultipartForm file(String name, byte[] content, String filename) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaTypeFactory.getMediaType(filename).orElse(MediaType.APPLICATION_OCTET_STREAM));
        parts.add(name, new HttpEntity<>(new NamedFile(content, filename), headers));
        return this;
    }

    public MultiValueMap<String, HttpEntity<?>> parts() {
        return parts;
    }

    private static final class NamedFile extends ByteArrayResource {
        private final String filename;

        NamedFile(byte[] content, String filename) {
            super(content);
            this.filename = filename;
        }

        @Override
        public String getFilename() {
            return filename;
        }
    }
}
