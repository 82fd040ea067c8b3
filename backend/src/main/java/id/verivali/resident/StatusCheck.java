package id.verivali.resident;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.household.HouseholdService;
import id.verivali.household.RecordedPerson;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a resident's status check. An unknown NIK and a known NIK with another name (or of another village) take
 * the same path, one read through the NIK's index and one comparison, and get the same answer (which the controller
 * gives no sooner than {@code minAnswerTime}): neither the answer nor its time tells whether a NIK is on the registry.
 */
@Service
class StatusCheck {

    /** Compared against when the NIK is unknown, so that the comparison is made either way. */
    private static final String NOBODY = "tidak ada yang bernama demikian";

    private final LookupLimiter limiter;
    private final HouseholdService households;
    private final ChangeRequestQueries changes;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    StatusCheck(
            LookupLimiter limiter,
            HouseholdService households,
            ChangeRequestQueries changes,
            RegionService regions,
            AuditLog audit,
            Clock clock) {
        this.limiter = limiter;
        this.households = households;
        this.changes = changes;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public StatusAnswer check(StatusQuery query, String clientAddress) {
        limiter.take(clientAddress, query.nik());
        Optional<RecordedPerson> recorded = households.recordedPerson(query.nik());
        boolean nameMatches = ResidentNames.same(
                query.name(), recorded.map(RecordedPerson::name).orElse(NOBODY));
        var person = recorded.filter(found -> nameMatches && found.villageCode().equals(query.villageCode()));
        audit.record(
                "resident@" + clientAddress,
                AuditAction.PUBLIC_STATUS_CHECKED,
                person.isPresent() ? AuditSubjects.HOUSEHOLD : null,
                person.map(found -> Long.toString(found.householdId())).orElse(null),
                query.villageCode(),
                new AuditDetails.PublicStatusChecked(person.isPresent()).json());
        return person.map(this::answerFor).orElse(StatusAnswer.NOT_FOUND);
    }

    private StatusAnswer answerFor(RecordedPerson person) {
        var change = changes.inProgressByHousehold(List.of(person.householdId())).values().stream()
                .findFirst()
                .map(changes::stageOf)
                .map(stage ->
                        new StatusAnswer.Change(stage.stage(), LocalDate.ofInstant(stage.since(), clock.getZone())))
                .orElse(null);
        return new StatusAnswer(
                true,
                person.onRegistry(),
                person.villageCode(),
                regions.find(person.villageCode()).map(RegionView::name).orElse(null),
                change);
    }
}
