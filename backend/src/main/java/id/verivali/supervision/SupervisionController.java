package id.verivali.supervision;

import id.verivali.region.RegionCode;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/supervision")
@Tag(
        name = "Supervision",
        description = "Deadlines, progress and target dates by region: supervisors within their region, the district's"
                + " head and operator in their district, the ministry everywhere")
class SupervisionController {

    private static final String REGION = "A region within mine; without it, my own region (the provinces when I work"
            + " nationwide). A village is shown on its own, without children.";

    private final DeadlineReport deadlines;
    private final ProgressService progress;
    private final TargetService targets;
    private final RoundProgressService rounds;

    SupervisionController(
            DeadlineReport deadlines, ProgressService progress, TargetService targets, RoundProgressService rounds) {
        this.deadlines = deadlines;
        this.progress = progress;
        this.targets = targets;
        this.rounds = rounds;
    }

    @GetMapping("/deadlines")
    @Operation(
            summary =
                    "Open tasks per child region and stage: due within 7 days, overdue, escalated, the oldest overdue")
    DeadlinesView deadlines(
            @Parameter(description = REGION) @RequestParam(required = false) @RegionCode String region,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return deadlines.deadlines(me, RegionScope.of(who), region);
    }

    @GetMapping("/progress")
    @Operation(
            summary = "Changes done of those proposed since each target's start, the rate of the last 14 days, the"
                    + " projected finish and whether it meets the target")
    ProgressView progress(
            @Parameter(description = REGION) @RequestParam(required = false) @RegionCode String region,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return progress.progress(me, RegionScope.of(who), region);
    }

    @GetMapping("/rounds/{id}")
    @Operation(
            summary = "A verification round per kecamatan: households not started yet, changes at each stage and done,"
                    + " against the kecamatan's target date with the projected finish at the last 14 days' rate; 404"
                    + " for a round outside my district")
    RoundProgressView round(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Authentication who) {
        return rounds.progress(id, me, RegionScope.of(who));
    }

    @GetMapping("/targets")
    @Operation(summary = "The target dates of the kecamatan in a region (for a village, its kecamatan's)")
    List<TargetView> targets(
            @Parameter(description = REGION) @RequestParam(required = false) @RegionCode String region,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return targets.list(me, RegionScope.of(who), region);
    }

    @PutMapping("/targets/{regionCode}")
    @Operation(
            summary = "Set or move a kecamatan's target date (the district's head or operator, in their district)",
            description = "Send the version of the target as last read; none when the kecamatan has no target yet. A"
                    + " different version means someone else set it since: 409, and nothing changes.")
    TargetView setTarget(
            @PathVariable @RegionCode String regionCode,
            @Valid @RequestBody SetTarget body,
            @AuthenticationPrincipal CurrentUser me,
            Authentication who) {
        return targets.set(regionCode, body, me, RegionScope.of(who));
    }
}
