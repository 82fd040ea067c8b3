package id.verivali.resident;

import id.verivali.common.web.DateWithin;
import id.verivali.common.web.PlainText;
import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A resident's proposal (usul): their own household, new or changed, or a poor neighbour's in the same village.
 *
 * @param forOwnHousehold true when the submitter is one of the members
 * @param reason the household's situation in the resident's words
 */
@Schema(name = "PublicProposal")
record PublicProposal(
        @NotBlank(message = "{problemDetail.field.required}")
        @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}", message = "{resident.villageCode.pattern}")
        String villageCode,

        @NotNull(message = "{problemDetail.field.required}") @Valid
        Submitter submitter,

        @NotNull(message = "{problemDetail.field.required}") Boolean forOwnHousehold,

        @NotBlank(message = "{problemDetail.field.required}")
        @Size(max = 500, message = "{field.size.max}")
        @PlainText(multiline = true)
        String reason,

        @NotNull(message = "{problemDetail.field.required}") @Valid
        Household household) {

    /** The most members a resident may list: a proposal's household, not an extended family's registry entry. */
    static final int MAX_MEMBERS = 20;

    /** Who proposes, and how the village operator can reach them. */
    @Schema(name = "PublicSubmitter")
    record Submitter(
            @NotBlank(message = "{problemDetail.field.required}")
            @Pattern(regexp = "\\d{16}", message = "{resident.nik.pattern}")
            String nik,

            @NotBlank(message = "{problemDetail.field.required}")
            @Size(max = 100, message = "{field.size.max}")
            @PlainText
            String name,

            @NotBlank(message = "{problemDetail.field.required}")
            @Pattern(regexp = "(\\+62|0)8\\d{7,12}", message = "{resident.phone.pattern}")
            String phone) {}

    @Schema(name = "PublicProposedHousehold")
    record Household(
            @NotBlank(message = "{problemDetail.field.required}")
            @Size(max = 200, message = "{field.size.max}")
            @PlainText
            String address,

            @NotNull(message = "{problemDetail.field.required}")
            @Pattern(regexp = "\\d{1,3}", message = "{household.rtRw.pattern}")
            String rt,

            @NotNull(message = "{problemDetail.field.required}")
            @Pattern(regexp = "\\d{1,3}", message = "{household.rtRw.pattern}")
            String rw,

            @NotBlank(message = "{problemDetail.field.required}")
            @Pattern(regexp = "\\d{16}", message = "{resident.kkNumber.pattern}")
            String kkNumber,

            @NotEmpty(message = "{problemDetail.field.required}")
            @Size(max = MAX_MEMBERS, message = "{resident.members.tooMany}")
            List<@NotNull(message = "{problemDetail.field.required}") @Valid Member> members) {

        /** The member named head, else the first. */
        String headName() {
            return members.stream()
                    .filter(member -> member.relationship() == Relationship.HEAD)
                    .findFirst()
                    .orElse(members.get(0))
                    .name()
                    .strip();
        }
    }

    @Schema(name = "PublicProposedMember")
    record Member(
            @NotBlank(message = "{problemDetail.field.required}")
            @Pattern(regexp = "\\d{16}", message = "{resident.nik.pattern}")
            String nik,

            @NotBlank(message = "{problemDetail.field.required}")
            @Size(max = 100, message = "{field.size.max}")
            @PlainText
            String name,

            @NotNull(message = "{problemDetail.field.required}")
            @DateWithin(earliest = "1900-01-01", message = "{member.birthDate.range}")
            LocalDate birthDate,

            @NotNull(message = "{problemDetail.field.required}")
            Sex sex,

            @NotNull(message = "{problemDetail.field.required}")
            Relationship relationship) {}
}
