package id.verivali.fieldwork;

import id.verivali.changerequest.FieldFinding;
import id.verivali.household.WelfareAttributes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit as the deliberations and the auditor's replay show it beside the decision.
 *
 * @param memberNiks the members' NIKs as their KTPs show them, masked as every list masks NIKs
 * @param photo the house's photo, null without one
 * @param importId the field sheet import that brought it, null when entered on its own
 */
public record FieldVisitView(
        long id,
        String taskId,
        long changeRequestId,
        String changeRequestNumber,
        FieldFinding finding,
        String reason,
        LocalDate visitedOn,
        String enumerator,
        WelfareAttributes welfare,
        List<MaskedMemberNik> memberNiks,
        Photo photo,
        Long importId,
        boolean decided,
        String recordedBy,
        Instant recordedAt) {

    public record MaskedMemberNik(long memberId, String nikMasked) {}

    /**
     * @param sha256 of the photo as stored (re-encoded, without metadata)
     * @param latitude where it was taken, from its EXIF location; null without one
     */
    public record Photo(String sha256, BigDecimal latitude, BigDecimal longitude, String url, String thumbnailUrl) {}
}
