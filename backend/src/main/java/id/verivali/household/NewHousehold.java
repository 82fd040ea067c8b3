package id.verivali.household;

import id.verivali.common.web.DateWithin;
import id.verivali.common.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A household to put on the registry, with its members; the first member is the head. The constraints say what a
 * proposal must contain; whether its NIKs and KK number are valid is the change's automatic check, which records the
 * failure instead of refusing the proposal.
 */
public record NewHousehold(
        @NotBlank(message = "{problemDetail.field.required}")
        String kkNumber,

        @NotBlank(message = "{problemDetail.field.required}") @Size(max = 200, message = "{field.size.max}") @PlainText
        String address,

        @NotNull(message = "{problemDetail.field.required}")
        @Pattern(regexp = "\\d{1,3}", message = "{household.rtRw.pattern}")
        String rt,

        @NotNull(message = "{problemDetail.field.required}")
        @Pattern(regexp = "\\d{1,3}", message = "{household.rtRw.pattern}")
        String rw,

        @NotNull(message = "{problemDetail.field.required}")
        @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}", message = "{household.villageCode.pattern}")
        String villageCode,

        @NotNull(message = "{problemDetail.field.required}") WelfareAttributes welfare,

        @NotEmpty(message = "{problemDetail.field.required}")
        @Size(max = NewHousehold.MAX_MEMBERS, message = "{household.members.tooMany}")
        List<@NotNull(message = "{problemDetail.field.required}") @Valid NewMember> members) {

    /**
     * The most members one household may have. The DTKS has no household above about 30 members; 50 leaves room for
     * the rare large extended family while keeping a proposal, its civil-registry check and its audit record bounded.
     */
    public static final int MAX_MEMBERS = 50;

    public record NewMember(
            @NotBlank(message = "{problemDetail.field.required}")
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

    /** The head's name: the member recorded as head, else the first member; none without members. */
    public String headName() {
        return head().map(NewMember::name).orElse(null);
    }

    /** The head's NIK, picked as {@link #headName} picks the name. */
    public String headNik() {
        return head().map(NewMember::nik).orElse(null);
    }

    private Optional<NewMember> head() {
        if (members == null) {
            return Optional.empty();
        }
        return members.stream()
                .filter(member -> member.relationship() == Relationship.HEAD)
                .findFirst()
                .or(() -> members.stream().findFirst());
    }
}
