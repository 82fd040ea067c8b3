package id.verivali.deliberation;

import id.verivali.changerequest.Decision;
import id.verivali.common.web.DateWithin;
import id.verivali.common.web.PlainText;
import id.verivali.region.RegionCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A deliberation as its chair records it: when and where, who attended, the minutes' number and what it decided for
 * each task.
 *
 * @param regionCode the village, kecamatan or district; none for the ministry
 * @param minutesNumber the berita acara's number; at the district the ratification letter's, at the ministry the
 *     decree's
 * @param decisions at most {@value #DECISIONS_MAX}: each decision is a process step, and they all share one
 *     transaction
 * @param confirmedWarnings the warnings the chair goes ahead past (409 with them until then)
 */
record HoldDeliberation(
        @NotNull(message = "{problemDetail.field.required}") DeliberationLevel level,

        @RegionCode String regionCode,

        @NotNull(message = "{problemDetail.field.required}")
        @DateWithin(yearsBefore = 10, message = "{deliberation.heldOn.range}")
        LocalDate heldOn,

        @NotBlank(message = "{problemDetail.field.required}") @Size(max = 200, message = "{field.size.max}") @PlainText
        String place,

        @NotBlank(message = "{problemDetail.field.required}") @Size(max = 100, message = "{field.size.max}") @PlainText
        String minutesNumber,

        @NotEmpty(message = "{problemDetail.field.required}")
        @Size(max = 200, message = "{deliberation.attendees.size}")
        List<
                        @NotBlank(message = "{problemDetail.field.required}")
                        @Size(max = 100, message = "{field.size.max}") @PlainText String>
                attendees,

        @NotEmpty(message = "{problemDetail.field.required}")
        @Size(max = DECISIONS_MAX, message = "{deliberation.decisions.size}")
        List<@NotNull(message = "{problemDetail.field.required}") @Valid Item> decisions,

        List<Warning> confirmedWarnings) {

    /** What a chair is told before the deliberation is recorded, and confirms by sending the code back. */
    enum Warning {
        /** Another deliberation of the region already has this minutes number. */
        MINUTES_NUMBER_REUSED
    }

    static final int DECISIONS_MAX = 1000;

    /** The decision on one task; a reason is required to reject or return. */
    @Schema(name = "ItemDecision")
    record Item(
            @NotBlank(message = "{problemDetail.field.required}")
            @Size(max = 64, message = "{field.size.max}")
            @PlainText
            String taskId,

            @NotNull(message = "{problemDetail.field.required}")
            Decision decision,

            @Size(max = 500, message = "{field.size.max}") @PlainText(multiline = true)
            String reason,

            @Size(max = 1000, message = "{field.size.max}") @PlainText(multiline = true)
            String note) {}
}
