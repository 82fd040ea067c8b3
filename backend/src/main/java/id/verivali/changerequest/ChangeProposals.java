package id.verivali.changerequest;

import id.verivali.audit.AuditAction;
import id.verivali.audit.AuditDetails;
import id.verivali.common.web.ConfirmationRequiredException;
import id.verivali.common.web.NotFoundException;
import id.verivali.common.web.RegionOutOfScopeException;
import id.verivali.household.HouseholdRef;
import id.verivali.household.HouseholdService;
import id.verivali.region.RegionCodes;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.security.Role;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposing a change and starting its process, and withdrawing it. Every method joins the caller's transaction, so
 * the change and its process start commit together; only the API's proposal runs its own (see
 * {@link #propose(ProposeChange, CurrentUser, RegionScope, String)}).
 */
@Service
@Transactional
public class ChangeProposals {

    /** The request header that makes a proposal safe to retry, as errors name it. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ChangeRequestRepository changes;
    private final ChangeRequestNumbers numbers;
    private final ChangeProcess process;
    private final ChangeRequestQueries queries;
    private final HouseholdService households;
    private final Validator validator;
    private final TransactionTemplate inTransaction;
    private final ChangeAudit audit;
    private final ProposalWarnings warnings;
    private final Clock clock;

    ChangeProposals(
            ChangeRequestRepository changes,
            ChangeRequestNumbers numbers,
            ChangeProcess process,
            ChangeRequestQueries queries,
            HouseholdService households,
            Validator validator,
            PlatformTransactionManager transactions,
            ChangeAudit audit,
            ProposalWarnings warnings,
            Clock clock) {
        this.changes = changes;
        this.numbers = numbers;
        this.process = process;
        this.queries = queries;
        this.households = households;
        this.validator = validator;
        this.inTransaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.warnings = warnings;
        this.clock = clock;
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
     * refused (422 naming the header). A proposal with a {@link ProposalWarning} it does not confirm is refused with
     * 409 and the warnings, and creates nothing.
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
        } catch (ConfirmationRequiredException warned) {
            // A retry racing its first attempt finds that attempt's change under way: it answers with that change.
            if (idempotencyKey == null) {
                throw warned;
            }
            return inTransaction
                    .execute(status -> earlier(proposer.username(), idempotencyKey, fingerprint))
                    .orElseThrow(() -> warned);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            if (idempotencyKey == null) {
                throw raced;
            }
            return inTransaction
                    .execute(status -> earlier(proposer.username(), idempotencyKey, fingerprint))
                    .orElseThrow(() -> raced);
        }
    }

    /**
     * {@link #withdraw(long, String) Withdraws} a change the caller can see (404 otherwise) and answers with it as it
     * now is.
     */
    public ChangeRequestDetails withdraw(long id, String requestedBy, RegionScope scope) {
        ChangeRequest change = changes.byIdWithin(scope, id);
        withdraw(change, requestedBy);
        return queries.details(change);
    }

    /**
     * Asks the process to withdraw the change; the process then reports it finished as withdrawn. Only the proposer
     * may, and only while the change is in progress and the model still allows it.
     */
    public void withdraw(long id, String requestedBy) {
        withdraw(changes.byId(id), requestedBy);
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
        audit.record(
                change,
                requestedBy,
                AuditAction.CHANGE_WITHDRAWN,
                new AuditDetails.ChangeWithdrawn(change.number(), stage.name()));
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
        warnings.requireConfirmed(change);
        return new Proposed(
                queries.details(proposeAndStart(change, proposer.username(), idempotencyKey, fingerprint)), true);
    }

    /** The change a proposer made earlier with this key; refused when it was made from a different proposal. */
    private Optional<Proposed> earlier(String proposedBy, String idempotencyKey, String fingerprint) {
        return changes.findByProposedByAndIdempotencyKey(proposedBy, idempotencyKey)
                .map(found -> {
                    if (!fingerprint.equals(found.idempotencyHash())) {
                        throw new FieldRefusedException(
                                HttpStatus.UNPROCESSABLE_ENTITY, IDEMPOTENCY_KEY, "problemDetail.idempotencyKeyReused");
                    }
                    return new Proposed(queries.details(found), false);
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

    /**
     * Proposes the periodic re-verification of many households at once, as a district's round does, in the caller's
     * transaction: their members are read together and their numbers taken together, and each change starts a process
     * of its own. The households must be on the list, as the caller has just read them in this transaction.
     *
     * @return the new changes' ids, in the households' order
     */
    public List<Long> proposeReverifications(List<HouseholdRef> toReverify, String reason, String proposedBy) {
        Objects.requireNonNull(proposedBy, "proposedBy");
        var persons = households.activeMembers(
                toReverify.stream().map(HouseholdRef::id).toList());
        Instant now = ChangeRequest.timestamp(clock);
        Map<String, Iterator<String>> numbersByDistrict = new HashMap<>();
        toReverify.stream()
                .collect(Collectors.groupingBy(h -> RegionCodes.districtOf(h.villageCode()), Collectors.counting()))
                .forEach((district, count) -> numbersByDistrict.put(
                        district, numbers.next(district, now, count.intValue()).iterator()));
        var ids = new ArrayList<Long>(toReverify.size());
        for (var household : toReverify) {
            var change =
                    new ProposeChange(ChangeType.REVERIFY, household.id(), null, null, null, null, null, reason, null);
            validate(change);
            var proposal = Proposal.reverification(
                    household.id(), household.villageCode(), persons.getOrDefault(household.id(), List.of()));
            String number = numbersByDistrict
                    .get(RegionCodes.districtOf(household.villageCode()))
                    .next();
            ids.add(start(change, proposal, number, now, proposedBy, null, null).id());
        }
        return ids;
    }

    private ChangeRequest proposeAndStart(
            ProposeChange change, String proposedBy, String idempotencyKey, String requestHash) {
        Objects.requireNonNull(proposedBy, "proposedBy");
        validate(change);
        Proposal proposal = Proposal.of(change, households);
        Instant now = ChangeRequest.timestamp(clock);
        String number = numbers.next(RegionCodes.districtOf(proposal.villageCode()), now);
        return start(change, proposal, number, now, proposedBy, idempotencyKey, requestHash);
    }

    private void validate(ProposeChange change) {
        var violations = validator.validate(change);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** Saves the change, starts its process and records the proposal in the audit log. */
    private ChangeRequest start(
            ProposeChange change,
            Proposal proposal,
            String number,
            Instant now,
            String proposedBy,
            String idempotencyKey,
            String requestHash) {
        String village = proposal.villageCode();
        String subdistrict = RegionCodes.parentOf(village);
        String district = RegionCodes.parentOf(subdistrict);
        ChangeRequest proposed = new ChangeRequest(
                number,
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
        // The process first, so that the change is written once, with its instance: nothing before the start event's
        // asynchronous continuation asks for the change, and both commit or roll back together.
        proposed.started(process.start(new ProcessStart(
                number, change.type(), village, subdistrict, district, ChangeJson.write(proposal.persons()))));
        ChangeRequest saved = changes.save(proposed);
        audit.record(
                saved,
                proposedBy,
                AuditAction.CHANGE_PROPOSED,
                new AuditDetails.ChangeProposed(
                        saved.number(),
                        saved.type().name(),
                        saved.removalReason() == null
                                ? null
                                : saved.removalReason().name(),
                        saved.reason(),
                        saved.note(),
                        saved.householdId(),
                        saved.memberId(),
                        saved.payloadJson()));
        return saved;
    }
}
