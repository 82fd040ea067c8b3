package id.verivali.inbox;

import id.verivali.changerequest.Stage;
import id.verivali.region.RegionCode;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Size;

/** Which of my open tasks an inbox shows, or a bulk claim takes; every part optional. */
record TaskFilter(
        @Parameter(description = "Only tasks at this stage") Stage stage,

        @Parameter(description = "Only tasks past their due date")
        Boolean overdue,

        @Parameter(description = "Only changes in this region within mine, e.g. 61.12.04 or 61.12.04.2002") @RegionCode
        String region,

        @Parameter(
                description = "Part of the household head's name, a whole change number (CR-6112-2026-000001) or a"
                        + " whole NIK of a person the change concerns: a member of its household, a member of the new"
                        + " household it proposes, or the member it proposes to add")
        @Size(max = 100, message = "{q.size}")
        String q) {

    boolean overdueOnly() {
        return Boolean.TRUE.equals(overdue);
    }
}
