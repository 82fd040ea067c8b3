package id.verivali.fieldwork;

import id.verivali.changerequest.FieldFinding;
import id.verivali.common.web.DateWithin;
import id.verivali.common.web.PlainText;
import id.verivali.household.ValidNik;
import id.verivali.household.WelfareAttributes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What an enumerator brings back from a household: the finding, when and by whom, the DTKS questionnaire's welfare
 * indicators, and the NIKs as the members' KTPs show them where they differ from the list.
 *
 * @param reason the enumerator's account: required for every finding that removes or rejects
 * @param visitedOn not in the future, and within the last year
 * @param decide whether to decide the field check now (the default) or keep the visit to decide later
 */
public record Visit(
        @NotNull(message = "{problemDetail.field.required}") FieldFinding finding,

        @Size(max = 500, message = "{field.size.max}") @PlainText(multiline = true)
        String reason,

        @NotNull(message = "{problemDetail.field.required}")
        @DateWithin(yearsBefore = 1, message = "{fieldVisit.visitedOn.range}")
        LocalDate visitedOn,

        @NotBlank(message = "{problemDetail.field.required}") @Size(max = 100, message = "{field.size.max}") @PlainText
        String enumerator,

        WelfareAttributes welfare,

        @Size(max = 50, message = "{field.size.max}")
        List<@NotNull(message = "{problemDetail.field.required}") @Valid MemberNik> memberNiks,

        Boolean decide) {

    /** A member's NIK as their KTP shows it, where it differs from the registry's. */
    public record MemberNik(
            @NotNull(message = "{problemDetail.field.required}")
            Long memberId,

            @NotBlank(message = "{problemDetail.field.required}") @ValidNik
            String nik) {}

    boolean decidesNow() {
        return decide == null || decide;
    }
}
