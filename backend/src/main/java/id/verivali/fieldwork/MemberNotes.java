package id.verivali.fieldwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The members' NIKs as their KTPs show them, kept on a visit as JSON. */
final class MemberNotes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Visit.MemberNik>> LIST = new TypeReference<>() {};

    static String write(List<Visit.MemberNik> niks) {
        try {
            return JSON.writeValueAsString(niks);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static List<Visit.MemberNik> read(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("Unreadable member notes: " + json, corrupt);
        }
    }

    private MemberNotes() {}
}
