package id.verivali.resident;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The residents' status check: public, limited, and the same "not found" for whatever did not match. */
@RestController
class PublicStatusController {

    private final StatusCheck check;
    private final StatusLimits limits;

    PublicStatusController(StatusCheck check, StatusLimits limits) {
        this.check = check;
        this.limits = limits;
    }

    @PostMapping("/api/public/status")
    @Operation(
            summary = "A resident's own status by village, NIK and name as on the KTP (no account); {found: false} for"
                    + " an unknown NIK, another name or another village alike; 429 with Retry-After past the limits")
    StatusAnswer status(@Valid @RequestBody StatusQuery query, HttpServletRequest request) {
        long started = System.nanoTime();
        var answer = check.check(query, request.getRemoteAddr());
        if (!answer.found()) {
            AnswerTime.atLeast(limits.minAnswerTime(), started);
        }
        return answer;
    }
}
