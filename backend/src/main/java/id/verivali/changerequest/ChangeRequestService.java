package id.verivali.changerequest;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.changerequest.ChangeJson.Findings;
import id.verivali.changerequest.ChangeJson.Payload;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.NotFoundException;
import id.verivali.common.web.PageView;
import id.verivali.common.web.RegionOutOfScopeException;
import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.HouseholdService;
import id.verivali.household.HouseholdSnapshot;
import id.verivali.household.HouseholdUpdate;
import id.verivali.household.HouseholdView;
import id.verivali.household.HouseholdView.MemberView;
import id.verivali.household.NewHousehold;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Nik;
import id.verivali.household.NikValidator;
import id.verivali.household.PersonToMatch;
import id.verivali.household.RecordStatus;
import id.verivali.household.Relationship;
import id.verivali.household.RemovalReason;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.security.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Change requests from proposal to the registry change: proposes them (and starts their process), keeps their stage,
 * deadlines, check results and decisions as the process reports them, runs the automatic checks' rules, and applies
 * an approved change to the registry exactly once. Every method joins the caller's transaction, so the domain and the
 * process engine commit together; only the API's proposal runs its own (see
 * {@link #propose(ProposeChange, CurrentUser, RegionScope, String)}).
 */
@Service
@Transactional
public class ChangeRequestService {

    /** The request header that makes a proposal safe to retry, as errors name it. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("proposedAt"), Sort.Order.desc("id"));

    private final ChangeRequestRepository changes;
    private final ChangeRequestDecisionRepository decisions;
    private final ChangeRequestNumbers numbers;
    private final ChangeProcess process;
    private final HouseholdService households;
    private final NikValidator niks;
    private final RegionService regions;
    private final Validator validator;
    private final EntityManager entityManager;
    private final TransactionTemplate inTransaction;
    private final AuditLog audit;
    private final Clock clock;

    ChangeRequestService(
            ChangeRequestRepository changes,
            ChangeRequestDecisionRepository decisions,
            ChangeRequestNumbers numbers,
            ChangeProcess process,
            HouseholdService households,
            NikValidator niks,
            RegionService regions,
            Validator validator,
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            AuditLog audit,
            Clock clock) {
        this.changes = changes;
        this.decisions = decisions;
        this.numbers = numbers;
        this.process = process;
        this.households = households;
        this.niks = niks;
        this.regions = regions;
        this.validator = validator;
        this.entityManager = entityManager;
        this.inTransaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
    }

    /** Every change ever proposed in the region, whatever its status. */
    @Transactional(readOnly = true)
    public long countIn(RegionScope scope) {
        return changes.count(ChangeRequestRepository.listed(scope, null, null));
    }

    /**
     * Saves a proposed change in progress at the checks, numbered within its district and year, and starts its
     * process. Refuses an incomplete proposal (400 naming the field), or one for a household that is off the list.
     */
    public ChangeRequestView propose(ProposeChange change, String proposedBy) {
        return ChangeRequestView.of(proposeAndStart(change, proposedBy, null, null));
    }

    /**
     * Proposes a change for an official at the API. Only a village operator proposes, and only in their own
     * village: any other role is refused (403), as is a new household in another village (403: region codes are
     * public); a household outside the caller's region answers exactly as one that does not exist, 404 naming
     * {@code householdId}. With an idempotency key, a proposal this proposer already made with that key is answered
     * with the change it created, unchanged, and nothing more is created; the key with a different proposal is
     * refused (422 naming the header).
     *
     * <p>Not in the caller's transaction but in one of its own: when two requests with one key race, the unique
     * constraint on (proposer, key) fails the later insert, which rolls back that whole transaction (its process
     * start included), and the loser then answers with the winner's change.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Proposed propose(ProposeChange change, CurrentUser proposer, RegionScope scope, String idempotencyKey) {
        String fingerprint = idempotencyKey == null ? null : ChangeJson.fingerprint(change);
        try {
            return inTransaction.execute(status -> proposeOnce(change, proposer, scope, idempotencyKey, fingerprint));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            if (idempotencyKey == null) {
                throw raced;
            }
            return inTransaction
                    .execute(status -> earlier(proposer.username(), idempotencyKey, fingerprint))
                    .orElseThrow(() -> raced);
        }
    }

    /** The changes in a region, newest first; optionally of one status and stage, and of one household. */
    @Transactional(readOnly = true)
    public PageView<ChangeRequestSummary> list(
            RegionScope scope, ChangeStatus status, Stage stage, Long householdId, int page, int size) {
        var found = changes.findAll(
                ChangeRequestRepository.listed(scope, status, stage, householdId),
                PageRequest.of(page, size, NEWEST_FIRST));
        return PageView.of(found, this::summaries);
    }

    /** One change with its decisions and check findings; 404 outside the caller's region. */
    @Transactional(readOnly = true)
    public ChangeRequestDetails details(long id, RegionScope scope) {
        return details(loadWithin(scope, id));
    }

    /**
     * {@link #withdraw(long, String) Withdraws} a change the caller can see (404 otherwise) and answers with it as it
     * now is.
     */
    public ChangeRequestDetails withdraw(long id, String requestedBy, RegionScope scope) {
        ChangeRequest change = loadWithin(scope, id);
        withdraw(change, requestedBy);
        return details(change);
    }

    private Proposed proposeOnce(
            ProposeChange change, CurrentUser proposer, RegionScope scope, String idempotencyKey, String fingerprint) {
        if (proposer.role() != Role.VILLAGE_OPERATOR) {
            throw new AccessDeniedException("Only village operators propose changes, not " + proposer.username() + " ("
                    + proposer.role() + ")");
        }
        if (idempotencyKey != null) {
            Optional<Proposed> earlier = earlier(proposer.username(), idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        checkInScope(change, scope);
        return new Proposed(details(proposeAndStart(change, proposer.username(), idempotencyKey, fingerprint)), true);
    }

    /** The change a proposer made earlier with this key; refused when it was made from a different proposal. */
    private Optional<Proposed> earlier(String proposedBy, String idempotencyKey, String fingerprint) {
        return changes.findByProposedByAndIdempotencyKey(proposedBy, idempotencyKey)
                .map(found -> {
                    if (!fingerprint.equals(found.idempotencyHash())) {
                        throw new FieldRefusedException(
                                HttpStatus.UNPROCESSABLE_ENTITY, IDEMPOTENCY_KEY, "problemDetail.idempotencyKeyReused");
                    }
                    return new Proposed(details(found), false);
                });
    }

    private void checkInScope(ProposeChange change, RegionScope scope) {
        if (change.type() == ChangeType.NEW_HOUSEHOLD) {
            String village =
                    change.household() == null ? null : change.household().villageCode();
            if (village != null && !scope.covers(village)) {
                throw new RegionOutOfScopeException(village);
            }
        } else if (change.householdId() != null) {
            try {
                households.get(scope, change.householdId());
            } catch (NotFoundException unknownOrOutOfScope) {
                // 404 as for any record outside the caller's region, and the same whether the household is
                // elsewhere or nowhere; it names the field because the id came in the body, not the address.
                throw new FieldRefusedException(
                        HttpStatus.NOT_FOUND,
                        "householdId",
                        "problemDetail.notFound.household",
                        // As text, as NotFoundException passes it: MessageFormat would print 2639 as 2.639.
                        String.valueOf(change.householdId()));
            }
        }
    }

    private ChangeRequest proposeAndStart(
            ProposeChange change, String proposedBy, String idempotencyKey, String requestHash) {
        Objects.requireNonNull(proposedBy, "proposedBy");
        var violations = validator.validate(change);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Proposal proposal = proposal(change);
        String village = proposal.villageCode();
        String subdistrict = RegionCodes.parentOf(village);
        String district = RegionCodes.parentOf(subdistrict);
        Instant now = now();
        ChangeRequest proposed = new ChangeRequest(
                numbers.next(district, now),
                change.type(),
                proposal.removalReason(),
                change.reason(),
                change.note(),
                proposal.payload() == null ? null : ChangeJson.write(proposal.payload()),
                proposal.householdId(),
                proposal.memberId(),
                village,
                subdistrict,
                district,
                proposedBy,
                now);
        proposed.proposedWith(idempotencyKey, requestHash);
        ChangeRequest saved = changes.save(proposed);
        saved.started(process.start(new ProcessStart(
                saved.number(), saved.type(), village, subdistrict, district, ChangeJson.write(proposal.persons()))));
        record(
                saved,
                proposedBy,
                AuditAction.CHANGE_PROPOSED,
                new AuditDetails.ChangeProposed(
                        saved.number(),
                        saved.type().name(),
                        nameOf(saved.removalReason()),
                        saved.reason(),
                        saved.note(),
                        saved.householdId(),
                        saved.memberId(),
                        saved.payload()));
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<ChangeRequestView> findByNumber(String number) {
        return changes.findByNumber(number).map(ChangeRequestView::of);
    }

    @Transactional(readOnly = true)
    public ChangeRequestView get(long id) {
        return ChangeRequestView.of(load(id));
    }

    /** Several changes by id, in one read; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, ChangeRequestView> views(Collection<Long> ids) {
        return changes.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(ChangeRequest::id, ChangeRequestView::of));
    }

    /** The decisions taken on a change, oldest first. */
    @Transactional(readOnly = true)
    public List<DecisionView> decisions(long id) {
        return decisions.findByChangeRequestIdOrderByDecidedAtAscIdAsc(load(id).id()).stream()
                .map(ChangeRequestDecision::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public ProposedChange proposedChange(String number) {
        ChangeRequest change = load(number);
        Payload payload = payload(change);
        return new ProposedChange(
                change.number(),
                change.type(),
                change.householdId(),
                change.memberId(),
                change.removalReason(),
                change.villageCode(),
                payload.household(),
                payload.member(),
                payload.update(),
                niksConcerned(change, payload));
    }

    /** A new stage begins: its due date, not overdue, not reminded yet. */
    public void enteredStage(String number, Stage stage, Instant dueDate) {
        load(number).enteredStage(Objects.requireNonNull(stage, "stage"), dueDate);
    }

    public void markOverdue(String number) {
        load(number).markOverdue();
    }

    public void markReminded(String number, Instant at) {
        load(number).markReminded(at);
    }

    /**
     * Appends a decision. Refuses, recording nothing, a decision the stage does not offer, a rejection or return
     * without a reason, a district approval without its ratification letter's number, and a ministry decision
     * without its decree's number.
     */
    public void recordDecision(String number, RecordedDecision decision) {
        check(decision);
        ChangeRequest change = load(number);
        raiseVersion(change);
        Instant decidedAt = decision.decidedAt() != null ? decision.decidedAt() : now();
        decisions.save(new ChangeRequestDecision(change.id(), decision, decidedAt));
        record(
                change,
                decision.actor(),
                AuditAction.TASK_DECIDED,
                new AuditDetails.TaskDecided(
                        change.number(),
                        decision.stage().name(),
                        decision.decision().name(),
                        decision.reason(),
                        decision.note(),
                        decision.reference(),
                        decision.referenceDate()));
    }

    /** Keeps what the checks found; the parts a call leaves null keep what an earlier call reported. */
    public void recordChecks(String number, CheckResults results) {
        ChangeRequest change = load(number);
        Findings before = findings(change);
        Map<String, String> matches = before.matchesByNik();
        if (results.matchesByNik() != null) {
            results.matchesByNik().values().forEach(ChangeRequestService::civilRegistryStatus);
            matches = new TreeMap<>(results.matchesByNik());
        }
        Findings after = new Findings(
                matches,
                results.duplicateHouseholdIds() != null
                        ? List.copyOf(results.duplicateHouseholdIds())
                        : before.duplicateHouseholdIds(),
                results.failure() != null ? results.failure() : before.failure());
        change.recordChecks(
                results.civilRegistryResult() != null ? results.civilRegistryResult() : change.civilRegistryResult(),
                ChangeJson.write(after));
    }

    /** The change has ended as approved, rejected or withdrawn, now: what a region's finishing rate counts. */
    public void finished(String number, ChangeStatus status) {
        if (status == null || status == ChangeStatus.IN_PROGRESS) {
            throw new IllegalArgumentException("A change finishes approved, rejected or withdrawn, not " + status);
        }
        load(number).finished(status, now());
    }

    /**
     * Makes the approved change on the registry, and records the civil registry's answers on the members concerned
     * (the registry changes only on approval). A change already applied is left alone, so a retried call changes
     * nothing more.
     */
    public void applyApproved(String number) {
        ChangeRequest change = load(number);
        if (change.appliedAt() != null) {
            return;
        }
        if (change.status() == ChangeStatus.REJECTED || change.status() == ChangeStatus.WITHDRAWN) {
            throw new IllegalStateException(
                    "Change " + number + " is " + change.status() + ": only an approved change touches the registry");
        }
        Payload payload = payload(change);
        Instant now = now();
        Long householdId = change.householdId();
        Long memberId = change.memberId();
        HouseholdSnapshot before = householdId == null ? null : households.snapshot(householdId);
        switch (change.type()) {
            case NEW_HOUSEHOLD -> householdId = households.register(payload.household());
            case REVERIFY -> households.markReverified(householdId, now);
            case UPDATE -> households.update(householdId, payload.update());
            case REMOVE_HOUSEHOLD -> households.remove(householdId, change.removalReason());
            case ADD_MEMBER -> memberId = households.addMember(householdId, payload.member());
            case REMOVE_MEMBER -> households.removeMember(householdId, memberId, change.removalReason());
        }
        households.recordCivilRegistryStatus(householdId, civilRegistryStatuses(findings(change)));
        change.applied(householdId, memberId, now);
        // Applied by the process after the last approval, in a job of its own: the decisions name who decided.
        record(
                change,
                AuditLog.SYSTEM,
                AuditAction.CHANGE_APPLIED,
                new AuditDetails.ChangeApplied(change.number(), before, households.snapshot(householdId)));
    }

    /**
     * Asks the process to withdraw the change; the process then reports it {@link #finished finished} as withdrawn.
     * Only the proposer may, and only while the change is in progress and the model still allows it.
     */
    public void withdraw(long id, String requestedBy) {
        withdraw(load(id), requestedBy);
    }

    private void withdraw(ChangeRequest change, String requestedBy) {
        if (!change.proposedBy().equals(requestedBy)) {
            throw new AccessDeniedException("Only its proposer may withdraw change " + change.number());
        }
        if (change.status() != ChangeStatus.IN_PROGRESS || change.processInstanceId() == null) {
            throw new ChangeNotWithdrawableException(change.number());
        }
        Stage stage = change.stage();
        process.withdraw(change.processInstanceId());
        record(
                change,
                requestedBy,
                AuditAction.CHANGE_WITHDRAWN,
                new AuditDetails.ChangeWithdrawn(change.number(), stage.name()));
    }

    /** An event about the change, in its village. */
    private void record(ChangeRequest change, String actor, AuditAction action, AuditDetails details) {
        audit.record(
                actor,
                action,
                AuditSubjects.CHANGE_REQUEST,
                change.id().toString(),
                change.villageCode(),
                details.json());
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * The automatic NIK and region check: the village must lie in the change's kecamatan and district, and a new
     * household's or member's NIKs and family card number must be valid on their face. A {@link CheckFailure} name,
     * or empty when the change passes.
     */
    @Transactional(readOnly = true)
    public Optional<String> nikAndRegionFailure(String number) {
        ChangeRequest change = load(number);
        if (!isVillageOf(change.villageCode(), change.subdistrictCode(), change.districtCode())) {
            return Optional.of(CheckFailure.UNKNOWN_REGION.name());
        }
        Payload payload = payload(change);
        if (!proposedNiks(change.type(), payload).stream().allMatch(niks::isValid)) {
            return Optional.of(CheckFailure.INVALID_NIK.name());
        }
        if (change.type() == ChangeType.NEW_HOUSEHOLD
                && !payload.household().kkNumber().matches("\\d{16}")) {
            return Optional.of(CheckFailure.INVALID_KK.name());
        }
        return Optional.empty();
    }

    /**
     * The duplicate check, for a new household or member: a proposed person already active on another household
     * fails the change (the DTKS holds each person once); another active household on the same family card is only
     * reported, for the field check to judge.
     */
    @Transactional(readOnly = true)
    public DuplicateFinding findDuplicates(String number) {
        ChangeRequest change = load(number);
        Payload payload = payload(change);
        List<String> proposed = proposedNiks(change.type(), payload);
        if (proposed.isEmpty()) {
            return new DuplicateFinding(null, List.of());
        }
        List<Long> withNik = households.activeHouseholdsWithMemberNik(proposed, change.householdId());
        List<Long> withKk = change.type() == ChangeType.NEW_HOUSEHOLD
                ? households.activeHouseholdsWithKk(payload.household().kkNumber(), change.householdId())
                : List.of();
        List<Long> found = Stream.concat(withNik.stream(), withKk.stream())
                .distinct()
                .sorted()
                .toList();
        return new DuplicateFinding(withNik.isEmpty() ? null : CheckFailure.DUPLICATE_NIK.name(), found);
    }

    /**
     * Raises the change's version now, before its decision is written, and keeps the row locked until the transaction
     * ends: of two people deciding on the same change at once, the second gets an optimistic-locking failure (409)
     * rather than a decision interleaved with the first. (At commit, as {@code OPTIMISTIC_FORCE_INCREMENT} would, is
     * too late on MySQL: the decision's foreign key has share-locked the change, and the two would deadlock.)
     */
    private void raiseVersion(ChangeRequest change) {
        try {
            entityManager.lock(change, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException stale) {
            throw new ObjectOptimisticLockingFailureException(ChangeRequest.class, change.id(), stale);
        }
    }

    /** What a valid proposal brings, by type; only the parts its type uses. */
    private record Proposal(
            Long householdId,
            Long memberId,
            RemovalReason removalReason,
            String villageCode,
            Payload payload,
            List<PersonToMatch> persons) {}

    private Proposal proposal(ProposeChange change) {
        if (change.type() == ChangeType.NEW_HOUSEHOLD) {
            NewHousehold household = required(change.household(), "household", "changeRequest.household.required");
            if (household.members().get(0).relationship() != Relationship.HEAD) {
                throw new InvalidFieldException("household.members[0].relationship", "household.members.firstIsHead");
            }
            return new Proposal(
                    null,
                    null,
                    null,
                    household.villageCode(),
                    new Payload(household, null, null),
                    household.members().stream()
                            .map(ChangeRequestService::person)
                            .toList());
        }
        long householdId = required(change.householdId(), "householdId", "changeRequest.householdId.required");
        HouseholdView household = households.get(RegionScope.national(), householdId);
        if (household.status() != RecordStatus.ACTIVE) {
            throw new InvalidFieldException("householdId", "changeRequest.household.removed");
        }
        String village = household.villageCode();
        List<PersonToMatch> active = household.members().stream()
                .filter(m -> m.status() == RecordStatus.ACTIVE)
                .map(ChangeRequestService::person)
                .toList();
        return switch (change.type()) {
            case REVERIFY -> new Proposal(householdId, null, null, village, null, active);
            case UPDATE -> {
                HouseholdUpdate update = change.update();
                if (update == null
                        || (update.address() == null
                                && update.rt() == null
                                && update.rw() == null
                                && update.welfare() == null)) {
                    throw new InvalidFieldException("update", "changeRequest.update.required");
                }
                yield new Proposal(householdId, null, null, village, new Payload(null, null, update), active);
            }
            case REMOVE_HOUSEHOLD -> new Proposal(householdId, null, removalReason(change), village, null, active);
            case ADD_MEMBER -> {
                NewMember member = required(change.member(), "member", "changeRequest.member.required");
                if (active.size() >= NewHousehold.MAX_MEMBERS) {
                    throw new InvalidFieldException("member", "household.members.full", NewHousehold.MAX_MEMBERS);
                }
                yield new Proposal(
                        householdId, null, null, village, new Payload(null, member, null), List.of(person(member)));
            }
            case REMOVE_MEMBER -> {
                RemovalReason reason = removalReason(change);
                long memberId = required(change.memberId(), "memberId", "problemDetail.field.required");
                MemberView member = household.members().stream()
                        .filter(m -> m.id() == memberId && m.status() == RecordStatus.ACTIVE)
                        .findFirst()
                        .orElseThrow(
                                () -> new InvalidFieldException("memberId", "changeRequest.memberId.notInHousehold"));
                yield new Proposal(householdId, memberId, reason, village, null, List.of(person(member)));
            }
            case NEW_HOUSEHOLD -> throw new IllegalStateException("A new household has no household id");
        };
    }

    private static RemovalReason removalReason(ProposeChange change) {
        return required(change.removalReason(), "removalReason", "changeRequest.removalReason.required");
    }

    private static <T> T required(T value, String field, String messageCode) {
        if (value == null) {
            throw new InvalidFieldException(field, messageCode);
        }
        return value;
    }

    private List<String> niksConcerned(ChangeRequest change, Payload payload) {
        return switch (change.type()) {
            case NEW_HOUSEHOLD, ADD_MEMBER -> proposedNiks(change.type(), payload);
            case REMOVE_MEMBER ->
                households.get(RegionScope.national(), change.householdId()).members().stream()
                        .filter(m -> m.id().equals(change.memberId()))
                        .map(MemberView::nik)
                        .toList();
            case REVERIFY, UPDATE, REMOVE_HOUSEHOLD ->
                households.activeMembers(change.householdId()).stream()
                        .map(PersonToMatch::nik)
                        .toList();
        };
    }

    /** The NIKs of people a change would put on the list. */
    private static List<String> proposedNiks(ChangeType type, Payload payload) {
        return switch (type) {
            case NEW_HOUSEHOLD ->
                payload.household().members().stream().map(NewMember::nik).toList();
            case ADD_MEMBER -> List.of(payload.member().nik());
            case REVERIFY, UPDATE, REMOVE_HOUSEHOLD, REMOVE_MEMBER -> List.of();
        };
    }

    private boolean isVillageOf(String villageCode, String subdistrictCode, String districtCode) {
        return regions.find(villageCode)
                        .filter(v -> v.level() == RegionLevel.VILLAGE && subdistrictCode.equals(v.parentCode()))
                        .isPresent()
                && regions.find(subdistrictCode)
                        .filter(s -> s.level() == RegionLevel.SUBDISTRICT && districtCode.equals(s.parentCode()))
                        .isPresent()
                && regions.find(districtCode)
                        .filter(d -> d.level() == RegionLevel.DISTRICT)
                        .isPresent();
    }

    private static void check(RecordedDecision decision) {
        Objects.requireNonNull(decision.stage(), "stage");
        Objects.requireNonNull(decision.actor(), "actor");
        DecisionRules.problems(
                        decision.stage(), decision.decision(), decision.reason(), decision.note(), decision.reference())
                .stream()
                .findFirst()
                .ifPresent(problem -> {
                    throw new InvalidDecisionException(problem.field(), problem.messageCode(), problem.arguments());
                });
    }

    private static Map<String, CivilRegistryStatus> civilRegistryStatuses(Findings findings) {
        Map<String, CivilRegistryStatus> byNik = new LinkedHashMap<>();
        if (findings.matchesByNik() != null) {
            findings.matchesByNik().forEach((nik, status) -> byNik.put(nik, civilRegistryStatus(status)));
        }
        return byNik;
    }

    private static CivilRegistryStatus civilRegistryStatus(String name) {
        try {
            return CivilRegistryStatus.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException notAStatus) {
            throw new IllegalArgumentException("Not a civil-registry status: " + name, notAStatus);
        }
    }

    private static PersonToMatch person(NewMember member) {
        return new PersonToMatch(member.nik(), member.name(), member.birthDate());
    }

    private static PersonToMatch person(MemberView member) {
        return new PersonToMatch(member.nik(), member.name(), member.birthDate());
    }

    private static Payload payload(ChangeRequest change) {
        return change.payload() == null
                ? new Payload(null, null, null)
                : ChangeJson.read(change.payload(), Payload.class);
    }

    private static Findings findings(ChangeRequest change) {
        return change.checkFindings() == null ? Findings.NONE : ChangeJson.read(change.checkFindings(), Findings.class);
    }

    /** In whole seconds, as the database keeps them (Camunda needs MySQL's fractional seconds off). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private List<ChangeRequestSummary> summaries(List<ChangeRequest> page) {
        Map<String, String> villages =
                regions.names(page.stream().map(ChangeRequest::villageCode).toList());
        Map<Long, String> heads = households.headNames(page.stream()
                .map(ChangeRequest::householdId)
                .filter(Objects::nonNull)
                .toList());
        return page.stream()
                .map(change -> new ChangeRequestSummary(
                        change.id(),
                        change.number(),
                        change.type(),
                        change.stage(),
                        change.status(),
                        change.villageCode(),
                        villages.get(change.villageCode()),
                        change.householdId() != null ? heads.get(change.householdId()) : proposedHead(payload(change)),
                        change.dueDate(),
                        change.overdue(),
                        change.proposedAt(),
                        change.proposedBy()))
                .toList();
    }

    private ChangeRequestDetails details(ChangeRequest change) {
        Findings findings = findings(change);
        return new ChangeRequestDetails(
                ChangeRequestView.of(change),
                regions.names(List.of(change.villageCode())).get(change.villageCode()),
                change.householdId() != null
                        ? households.headName(change.householdId()).orElse(null)
                        : proposedHead(payload(change)),
                decisions.findByChangeRequestIdOrderByDecidedAtAscIdAsc(change.id()).stream()
                        .map(ChangeRequestDecision::view)
                        .toList(),
                new ChangeRequestDetails.Checks(
                        findings.failure(),
                        findings.matchesByNik() == null
                                ? List.of()
                                : findings.matchesByNik().entrySet().stream()
                                        .map(match -> new ChangeRequestDetails.CivilRegistryMatch(
                                                Nik.mask(match.getKey()), match.getValue()))
                                        .toList(),
                        findings.duplicateHouseholdIds() == null ? List.of() : findings.duplicateHouseholdIds()));
    }

    /** A new household's head as proposed (its first member when no one is marked as head), until it is on the list. */
    private static String proposedHead(Payload payload) {
        return payload.household() == null ? null : payload.household().headName();
    }

    /** A change the caller may see: in their region; otherwise 404, as if it did not exist. */
    private ChangeRequest loadWithin(RegionScope scope, long id) {
        return changes.findById(id)
                .filter(change -> scope.covers(change.villageCode()))
                .orElseThrow(() -> new NotFoundException("changeRequest", id));
    }

    private ChangeRequest load(long id) {
        return changes.findById(id).orElseThrow(() -> new NotFoundException("changeRequest", id));
    }

    private ChangeRequest load(String number) {
        return changes.findByNumber(number).orElseThrow(() -> new NotFoundException("changeRequest", number));
    }
}
