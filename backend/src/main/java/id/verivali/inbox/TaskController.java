package id.verivali.inbox;

import id.verivali.common.web.PageView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "My inbox: the tasks of my role at my region")
class TaskController {

    private final InboxService inbox;

    TaskController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(
            summary = "My open tasks, earliest due first",
            description = "Filtered by stage, overdue, a region within mine (403 outside it) and a search: part of the"
                    + " household head's name, a whole change number or a whole NIK of a person the change concerns (a"
                    + " member of its household, of the new household it proposes, or the member it proposes to add).")
    PageView<TaskView> inbox(
            @ParameterObject @Valid TaskFilter filter,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
            @RequestParam(defaultValue = "50")
                    @Min(value = 1, message = "{size.range}")
                    @Max(value = 100, message = "{size.range}")
                    int size,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return inbox.inbox(me, RegionScope.of(who).narrowedTo(filter.region()), filter, page, size);
    }

    @PostMapping("/claim")
    @Operation(
            summary = "Take several tasks at once: those chosen, or all that match a filter (the first 500)",
            description = "Answers task by task: CLAIMED, ALREADY_YOURS, TAKEN (someone else has it, even if they took"
                    + " it while this ran), CLOSED, or NOT_FOUND for an id that is unknown or not in my inbox alike.")
    ClaimResults claimAll(
            @Valid @RequestBody ClaimTasks body, @AuthenticationPrincipal CurrentUser me, Authentication who) {
        var scope = RegionScope.of(who)
                .narrowedTo(body.matching() == null ? null : body.matching().region());
        return inbox.claimAll(body, me, scope);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Take a task so that nobody else decides it; 409 when someone else has")
    TaskView claim(@PathVariable String id, @AuthenticationPrincipal CurrentUser me) {
        return inbox.claim(id, me);
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Give a claimed task back to the inbox")
    TaskView unclaim(@PathVariable String id, @AuthenticationPrincipal CurrentUser me) {
        return inbox.unclaim(id, me);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Decide: only the decisions the stage allows; 409 when the task is already decided")
    TaskView complete(
            @PathVariable String id, @Valid @RequestBody CompleteTask body, @AuthenticationPrincipal CurrentUser me) {
        return inbox.complete(id, body, me);
    }
}
