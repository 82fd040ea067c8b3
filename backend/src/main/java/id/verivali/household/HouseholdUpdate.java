package id.verivali.household;

import id.verivali.common.web.PlainText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New values for a household on the registry; a null part stays as it is, welfare attributes change as a whole. */
public record HouseholdUpdate(
        @Pattern(regexp = "(?s).*\\S.*", message = "{problemDetail.field.required}")
        @Size(max = 200, message = "{field.size.max}")
        @PlainText
        String address,

        @Pattern(regexp = "\\d{1,3}", message = "{household.rtRw.pattern}")
        String rt,

        @Pattern(regexp = "\\d{1,3}", message = "{household.rtRw.pattern}")
        String rw,

        WelfareAttributes welfare) {}
