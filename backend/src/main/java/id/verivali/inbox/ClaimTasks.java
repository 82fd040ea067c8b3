package id.verivali.inbox;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Tasks to claim at once: the ones chosen, or every one that matches a filter (the first 500 by due date). One of the
 * two.
 */
record ClaimTasks(
        @Schema(description = "The tasks chosen, at most 500") @Size(max = 500, message = "{tasks.claim.size}")
        List<@NotBlank String> taskIds,

        @Schema(description = "Instead of ids: every open task of my inbox that matches, as the inbox filters") @Valid
        TaskFilter matching) {

    /** How many tasks one claim takes at most. */
    static final int LIMIT = 500;
}
