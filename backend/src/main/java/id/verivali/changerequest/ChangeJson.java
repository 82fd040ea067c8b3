package id.verivali.changerequest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.HouseholdUpdate;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON a change request stores and hands on. A mapper of its own rather than the web's: stored text must not
 * change shape when the API's JSON settings do.
 */
final class ChangeJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** One spelling per value: properties and map keys sorted, nulls left out. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** The proposed values: a new household, a new member or the changed fields of a household. */
    record Payload(NewHousehold household, NewMember member, HouseholdUpdate update) {

        static final Payload NONE = new Payload(null, null, null);
    }

    /** What the checks found, beside the civil registry's overall result. */
    record Findings(Map<String, String> matchesByNik, List<Long> duplicateHouseholdIds, String failure) {

        static final Findings NONE = new Findings(null, null, null);

        Map<String, CivilRegistryStatus> civilRegistryStatuses() {
            Map<String, CivilRegistryStatus> byNik = new LinkedHashMap<>();
            if (matchesByNik != null) {
                matchesByNik.forEach((nik, status) -> byNik.put(nik, civilRegistryStatus(status)));
            }
            return byNik;
        }

        /** The status a match names; refuses a name that is none, before it is stored. */
        static CivilRegistryStatus civilRegistryStatus(String name) {
            try {
                return CivilRegistryStatus.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException notAStatus) {
                throw new IllegalArgumentException("Not a civil-registry status: " + name, notAStatus);
            }
        }
    }

    private ChangeJson() {}

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The SHA-256 (hex) of a value's canonical JSON: two requests that parse to the same value have the same
     * fingerprint, however their JSON was spaced or ordered.
     */
    static String fingerprint(Object value) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(
                    "Cannot fingerprint " + value.getClass().getSimpleName(), e);
        }
    }

    /** A value's properties by name, in declaration order, as they would be written: nulls left out. */
    static Map<String, Object> fields(Object value) {
        return JSON.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not a " + type.getSimpleName() + ": " + json, e);
        }
    }
}
