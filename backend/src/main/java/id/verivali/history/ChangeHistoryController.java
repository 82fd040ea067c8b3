package id.verivali.history;

import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit/change-requests/{id}")
@Tag(name = "Audit", description = "The auditor's replay of a change: every event in order, and the path it took")
class ChangeHistoryController {

    private final ChangeHistoryService history;

    ChangeHistoryController(ChangeHistoryService history) {
        this.history = history;
    }

    @GetMapping("/timeline")
    @Operation(
            summary = "Every event of the change in time order: proposal, checks, tasks, claims, decisions,"
                    + " deliberations, timers, escalations, returns, the registry change and the ending; auditors"
                    + " only, 404 outside my region")
    TimelineView timeline(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Authentication who) {
        return history.timeline(id, me, RegionScope.of(who));
    }

    @GetMapping("/diagram")
    @Operation(
            summary = "The deployed BPMN the change's process ran, with its activity runs and taken flows in order;"
                    + " auditors only, 404 outside my region")
    DiagramView diagram(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Authentication who) {
        return history.diagram(id, me, RegionScope.of(who));
    }
}
