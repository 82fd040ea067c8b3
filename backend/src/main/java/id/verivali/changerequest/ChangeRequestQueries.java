package id.verivali.changerequest;

import id.verivali.changerequest.ChangeJson.Findings;
import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.PageView;
import id.verivali.household.HouseholdService;
import id.verivali.household.MemberView;
import id.verivali.household.Nik;
import id.verivali.household.PersonToMatch;
import id.verivali.region.RegionService;
import id.verivali.security.RegionScope;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Change requests as the API, the inboxes, deliberations and the audit trail read them. */
@Service
@Transactional(readOnly = true)
public class ChangeRequestQueries {

    /** How many changes an export reads at a time. */
    private static final int EXPORT_PAGE = 2_000;

    private final ChangeRequestRepository changes;
    private final ChangeRequestDecisionRepository decisions;
    private final HouseholdService households;
    private final RegionService regions;
    private final ProposalDetails proposals;
    private final DeliberationMinutes minutes;

    ChangeRequestQueries(
            ChangeRequestRepository changes,
            ChangeRequestDecisionRepository decisions,
            HouseholdService households,
            RegionService regions,
            ProposalDetails proposals,
            DeliberationMinutes minutes) {
        this.changes = changes;
        this.decisions = decisions;
        this.households = households;
        this.regions = regions;
        this.proposals = proposals;
        this.minutes = minutes;
    }

    /** Every change ever proposed in the region, whatever its status. */
    public long countIn(RegionScope scope) {
        return changes.count(ChangeRequestRepository.listed(scope, null, null));
    }

    /** The changes in a region, newest first; optionally of one status and stage, and of one household. */
    public PageView<ChangeRequestSummary> list(
            RegionScope scope, ChangeStatus status, Stage stage, Long householdId, int page, int size) {
        return list(scope, new ChangeQuery(null, status, stage, null, householdId, null), page, size);
    }

    /** The changes in a region as a list asks for them: filtered and in the order it names. */
    PageView<ChangeRequestSummary> list(RegionScope scope, ChangeQuery query, int page, int size) {
        var found = changes.findAll(listed(scope, query), PageRequest.of(page, size, ChangeSort.parse(query.sort())));
        return PageView.of(found, this::summaries);
    }

    /**
     * Every change a list shows, in its order, a page at a time: what an export writes. Refused on {@code region}
     * when there are more than {@code limit}.
     */
    void forEachListed(
            RegionScope scope, ChangeQuery query, int limit, Consumer<List<ChangeRequestSummary>> pageConsumer) {
        var pageable = PageRequest.of(0, EXPORT_PAGE, ChangeSort.parse(query.sort()));
        var page = changes.findAll(listed(scope, query), pageable);
        if (page.getTotalElements() > limit) {
            throw new InvalidFieldException("region", "export.tooMany", page.getTotalElements(), limit);
        }
        pageConsumer.accept(summaries(page.getContent()));
        while (page.hasNext()) {
            page = changes.findAll(listed(scope, query), page.nextPageable());
            pageConsumer.accept(summaries(page.getContent()));
        }
    }

    private static Specification<ChangeRequest> listed(RegionScope scope, ChangeQuery query) {
        return ChangeRequestRepository.listed(scope, query.status(), query.stage(), query.household(), query.type());
    }

    /** One change with its decisions and check findings; 404 outside the caller's region. */
    public ChangeRequestDetails details(long id, RegionScope scope) {
        return details(changes.byIdWithin(scope, id));
    }

    public Optional<ChangeRequestView> findByNumber(String number) {
        return changes.findByNumber(number).map(ChangeRequestView::of);
    }

    public ChangeRequestView get(long id) {
        return ChangeRequestView.of(changes.byId(id));
    }

    /** Where a change stands: its stage and since when. */
    public StageSince stageOf(long id) {
        var change = changes.byId(id);
        return new StageSince(change.stage(), change.stageEnteredAt());
    }

    /** Several changes by id, in one read; unknown ids are left out. */
    public Map<Long, ChangeRequestView> views(Collection<Long> ids) {
        return changes.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(ChangeRequest::id, ChangeRequestView::of));
    }

    /** The change in progress of each of these households that has one, by household id. */
    public Map<Long, Long> inProgressByHousehold(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return changes.findByHouseholdsAndStatus(householdIds, ChangeStatus.IN_PROGRESS).stream()
                .collect(Collectors.toMap(
                        row -> ((Number) row[0]).longValue(),
                        row -> ((Number) row[1]).longValue(),
                        // Two in flight would be a bug elsewhere; either one links the household.
                        (first, second) -> first));
    }

    /**
     * The changes in progress that concern a person, by their whole NIK: those of the active household they are an
     * active member of (its re-verification or correction, its removal or theirs, a member added to it), and those
     * that would put them on the list (a new household's member, a member to add), which no household holds yet. Each
     * part is read through an index on the NIK.
     */
    public Set<Long> inProgressConcerning(String nik) {
        var households = this.households.activeHouseholdsWithMemberNik(Set.of(nik), null);
        var concerning = new HashSet<>(inProgressByHousehold(households).values());
        concerning.addAll(changes.findByProposedNikAndStatus(nik, ChangeStatus.IN_PROGRESS));
        return concerning;
    }

    /** The decisions taken on a change, oldest first. */
    public List<DecisionView> decisions(long id) {
        return decisionsOn(changes.byId(id));
    }

    /** What a change proposes, with the NIKs its checks look at. */
    public ProposedChange proposedChange(String number) {
        ChangeRequest change = changes.byNumber(number);
        var payload = change.payload();
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
                niksConcerned(change));
    }

    /** A change with the names a reader needs, its decisions and what its checks found. */
    ChangeRequestDetails details(ChangeRequest change) {
        Findings findings = change.findings();
        return new ChangeRequestDetails(
                ChangeRequestView.of(change),
                regions.names(List.of(change.villageCode())).get(change.villageCode()),
                change.householdId() != null
                        ? households.headName(change.householdId()).orElse(null)
                        : change.proposedHead(),
                proposals.of(change),
                decisionsOn(change),
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

    /** The decisions, each taken in a deliberation linked to it (the minutes it names, at its stage and date). */
    private List<DecisionView> decisionsOn(ChangeRequest change) {
        var taken = decisions.findByChangeRequestIdOrderByDecidedAtAscIdAsc(change.id()).stream()
                .map(ChangeRequestDecision::view)
                .toList();
        if (taken.stream().allMatch(decision -> decision.reference() == null)) {
            return taken;
        }
        var held = minutes.decided(change.id());
        return taken.stream()
                .map(decision -> decision.recordedIn(held.stream()
                        .filter(deliberation -> deliberation.recorded(decision))
                        .map(DeliberationMinutes.Minutes::deliberationId)
                        .findFirst()
                        .orElse(null)))
                .toList();
    }

    private List<String> niksConcerned(ChangeRequest change) {
        return switch (change.type()) {
            case NEW_HOUSEHOLD, ADD_MEMBER -> change.proposedNiks();
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
                        change.householdId() != null ? heads.get(change.householdId()) : change.proposedHead(),
                        change.dueDate(),
                        change.overdue(),
                        change.proposedAt(),
                        change.proposedBy()))
                .toList();
    }
}
