package id.verivali.round;

import id.verivali.common.web.PageView;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/rounds")
@Tag(
        name = "Verification rounds",
        description = "A district re-verifies its whole list (putaran verivali): one change per household, started in"
                + " the background")
class RoundController {

    private final RoundService rounds;

    RoundController(RoundService rounds) {
        this.rounds = rounds;
    }

    @PostMapping
    @Operation(
            summary = "Open a round over my district's list, or chosen kecamatan (Dinas Sosial head and operator; the"
                    + " ministry for any district)",
            description = "Every active household in scope gets one re-verification change through the normal chain,"
                    + " started in the background in batches; a household whose change is already in flight is linked"
                    + " instead. Another role or district: 403. A code that is no district, a kecamatan outside it or"
                    + " named twice, a target before the start, a scope without households: 400 naming the field."
                    + " Another round still starting in any of the same kecamatan: 409.")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the round", useReturnTypeSchema = true)
    ResponseEntity<RoundView> open(
            @Valid @RequestBody OpenRound body, @AuthenticationPrincipal CurrentUser me, Authentication who) {
        RoundView opened = rounds.open(body, me, RegionScope.of(who));
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(opened.id())
                .toUri();
        return ResponseEntity.created(location).body(opened);
    }

    @GetMapping
    @Operation(summary = "The rounds of my district (or of the districts under my region), newest first")
    PageView<RoundView> list(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{size.range}")
                    @Max(value = 100, message = "{size.range}")
                    int size,
            Authentication who) {
        return rounds.list(RegionScope.of(who), page, size);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One round and its progress: households started of the total, rate, estimated finish, per"
                    + " kecamatan; 404 outside my district")
    RoundView get(@PathVariable long id, Authentication who) {
        return rounds.get(id, RegionScope.of(who));
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause a round I opened (403 for anyone else); 409 unless it is starting")
    RoundView pause(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Authentication who) {
        return rounds.pause(id, me, RegionScope.of(who));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a round I paused (403 for anyone else); 409 unless it is paused")
    RoundView resume(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Authentication who) {
        return rounds.resume(id, me, RegionScope.of(who));
    }
}
