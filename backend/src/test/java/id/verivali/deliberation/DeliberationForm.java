package id.verivali.deliberation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.support.MultipartForm;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpEntity;
import org.springframework.util.MultiValueMap;

/**
 * The multipart form of {@code POST /api/deliberations} as a browser sends it: the deliberation as JSON in the part
 * {@code deliberation}, the signed minutes in the part {@code minutes}.
 */
public final class DeliberationForm {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    public static final String PATH = "/api/deliberations";

    public static final byte[] PDF =
            "%PDF-1.7\n% Berita acara musyawarah desa, ditandatangani\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1
    };
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeliberationForm() {}

    /**
     * A deliberation held today at the village hall with three attendees and a minutes number of its own; no region
     * for the ministry's decree.
     */
    @SafeVarargs
    public static Map<String, Object> deliberation(String level, String region, Map<String, Object>... items) {
        var request = new LinkedHashMap<String, Object>();
        request.put("level", level);
        if (region != null) {
            request.put("regionCode", region);
        }
        request.put("heldOn", LocalDate.now(WIB).toString());
        request.put("place", "Balai Desa");
        request.put("minutesNumber", uniqueMinutesNumber("MUSDES"));
        request.put("attendees", List.of("Kepala Desa", "Ketua BPD", "TKSK"));
        request.put("decisions", List.of(items));
        return request;
    }

    /**
     * A minutes number no earlier deliberation has, in this run or an earlier one on the same database: a number used
     * before in a region asks the chair to confirm it.
     */
    public static String uniqueMinutesNumber(String kind) {
        return "BA/%d-%s/%s/2026"
                .formatted(SERIAL.incrementAndGet(), Long.toString(System.currentTimeMillis(), 36), kind);
    }

    public static Map<String, Object> item(String taskId, String decision, String reason) {
        var item = new HashMap<String, Object>();
        item.put("taskId", taskId);
        item.put("decision", decision);
        item.put("reason", reason);
        return item;
    }

    /** The deliberation written as JSON, with the minutes; the file's declared type follows its name. */
    public static MultiValueMap<String, HttpEntity<?>> form(
            Map<String, Object> deliberation, byte[] minutes, String filename) {
        try {
            return parts(JSON.writeValueAsString(deliberation), minutes, filename);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }

    /**
     * The JSON part as text, so that a test can send it malformed; either part may be left out. The file's declared
     * type follows its name, as a browser's would.
     */
    public static MultiValueMap<String, HttpEntity<?>> parts(String deliberation, byte[] minutes, String filename) {
        var form = new MultipartForm();
        if (deliberation != null) {
            form.json("deliberation", deliberation);
        }
        if (minutes != null) {
            form.file("minutes", minutes, filename);
        }
        return form.parts();
    }
}
