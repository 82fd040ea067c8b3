package id.verivali.household;

import id.verivali.common.web.InvalidFieldException;
import id.verivali.common.web.NotFoundException;
import id.verivali.common.web.PageView;
import id.verivali.region.RegionCodes;
import id.verivali.region.RegionService;
import id.verivali.security.RegionScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds households within the caller's region (nothing outside it is ever returned or confirmed to exist), and makes
 * the registry changes an approved change request brings. Each change can be made twice without changing more.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdService {

    /** How many households an export reads at a time. */
    private static final int EXPORT_PAGE = 2_000;

    private final HouseholdRepository households;
    private final MemberRepository members;
    private final HouseholdBulkWriter bulk;
    private final RegionService regions;
    private final Clock clock;

    HouseholdService(
            HouseholdRepository households,
            MemberRepository members,
            HouseholdBulkWriter bulk,
            RegionService regions,
            Clock clock) {
        this.households = households;
        this.members = members;
        this.bulk = bulk;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * Puts many households on the registry in one go, as a district's list or an import brings them, entered as of
     * {@code registeredAt}: the date of the list they come from, which reports count the registry from.
     */
    @Transactional
    public void registerAll(List<NewHousehold> newHouseholds, Instant registeredAt) {
        bulk.insert(newHouseholds, registeredAt);
    }

    /** The highest household id so far: what a round's scope is bounded by, so later registrations stay out. */
    public long lastHouseholdId() {
        return households.lastId();
    }

    /** Active households per kecamatan of a district (or of one kecamatan), up to a household id. */
    public Map<String, Long> countActiveBySubdistrict(String regionCode, long upToId) {
        var counts = new HashMap<String, Long>();
        for (Object[] row : households.countActiveBySubdistrict(regionCode + ".%", upToId)) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * The next active households under a region after ({@code afterVillage}, {@code afterId}), in village code order
     * and by id within a village, with ids up to {@code upToId}; at most {@code limit}.
     */
    public List<HouseholdRef> nextActive(String regionCode, String afterVillage, long afterId, long upToId, int limit) {
        return households.nextActive(regionCode + ".%", afterVillage, afterId, upToId, PageRequest.of(0, limit));
    }

    /** Puts one household on the registry with its members; returns its id. */
    @Transactional
    public long register(NewHousehold household) {
        return households.save(new Household(household, clock.instant())).id();
    }

    /** Changes the non-null parts of the update. */
    @Transactional
    public void update(long id, HouseholdUpdate update) {
        load(id).update(update, clock.instant());
    }

    /** Records that a re-verification confirmed the household as it is. */
    @Transactional
    public void markReverified(long id, Instant at) {
        load(id).markReverified(at);
    }

    /** Takes the household off the list with its reason; a household already off it keeps its first reason. */
    @Transactional
    public void remove(long id, RemovalReason reason) {
        load(id).remove(Objects.requireNonNull(reason, "reason"), clock.instant());
    }

    /**
     * Adds a member and returns their id. A person who is already an active member of the household (the same NIK)
     * is not added twice: their id comes back and nothing changes.
     */
    @Transactional
    public long addMember(long householdId, NewHousehold.NewMember member) {
        Household household = load(householdId);
        return members.findFirstByHouseholdIdAndNikAndStatus(householdId, member.nik(), RecordStatus.ACTIVE)
                .orElseGet(() -> members.save(new Member(household, member, clock.instant())))
                .id();
    }

    /** Takes one member off the list with its reason; the household and its other members stay as they are. */
    @Transactional
    public void removeMember(long householdId, long memberId, RemovalReason reason) {
        members.findByIdAndHouseholdId(memberId, householdId)
                .orElseThrow(() -> new NotFoundException("member", memberId))
                .remove(Objects.requireNonNull(reason, "reason"), clock.instant());
    }

    /** Records what the civil registry said of the household's members, by NIK. */
    @Transactional
    public void recordCivilRegistryStatus(long householdId, Map<String, CivilRegistryStatus> byNik) {
        if (byNik.isEmpty()) {
            return;
        }
        members.findByHouseholdIdAndNikIn(householdId, byNik.keySet())
                .forEach(member -> member.recordCivilRegistryStatus(byNik.get(member.nik())));
    }

    /** Active households, other than {@code exceptHouseholdId} when given, with an active member holding a NIK. */
    public List<Long> activeHouseholdsWithMemberNik(Collection<String> niks, Long exceptHouseholdId) {
        return niks.isEmpty() ? List.of() : households.findActiveWithMemberNik(niks, exceptHouseholdId);
    }

    /** Which of these NIKs are already on an active household other than {@code exceptHouseholdId}: one read. */
    public Set<String> niksOnOtherActiveHouseholds(Collection<String> niks, Long exceptHouseholdId) {
        return niks.isEmpty() ? Set.of() : Set.copyOf(members.findNiksOnActiveHouseholds(niks, exceptHouseholdId));
    }

    /**
     * The registry's record of a person by NIK, for residents checking their own status: the membership still on the
     * registry if there is one, or else the latest that was.
     */
    @Transactional(readOnly = true)
    public Optional<RecordedPerson> recordedPerson(String nik) {
        return members.findRecordedWithNik(nik, Limit.of(1)).stream()
                .findFirst()
                .map(row -> new RecordedPerson(
                        ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (Boolean) row[3]));
    }

    /** Active households, other than {@code exceptHouseholdId} when given, on a family card. */
    public List<Long> activeHouseholdsWithKk(String kkNumber, Long exceptHouseholdId) {
        return households.findActiveWithKk(kkNumber, exceptHouseholdId);
    }

    /** The name of the household's head (its first member when no one is recorded as head). */
    public Optional<String> headName(long householdId) {
        var active = members.findByHouseholdIdAndStatusOrderById(householdId, RecordStatus.ACTIVE);
        return active.stream()
                .filter(m -> m.relationship() == Relationship.HEAD)
                .findFirst()
                .or(() -> active.stream().findFirst())
                .map(Member::name);
    }

    /** The names of several households' heads by household id, each picked as {@link #headName} picks it. */
    public Map<Long, String> headNames(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return firstNamePerHousehold(members.findHeadsFirst(Set.copyOf(householdIds)));
    }

    /** Several households by name, address, head's NIK and KK, in two reads whatever their number; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, HouseholdAddress> addresses(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Object[]> heads = new HashMap<>();
        for (Object[] row : members.findNamesHeadFirst(Set.copyOf(householdIds))) {
            heads.putIfAbsent((Long) row[0], row);
        }
        Map<Long, HouseholdAddress> found = new HashMap<>();
        for (Household household : households.findAllById(Set.copyOf(householdIds))) {
            var head = heads.getOrDefault(household.id(), new Object[3]);
            found.put(
                    household.id(),
                    new HouseholdAddress(
                            household.id(),
                            (String) head[1],
                            (String) head[2],
                            household.kkNumber(),
                            household.address(),
                            household.rt(),
                            household.rw(),
                            household.villageCode()));
        }
        return found;
    }

    /** The first name of each household in rows of (household id, name) ordered with the one to pick first. */
    private static Map<Long, String> firstNamePerHousehold(List<Object[]> rows) {
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : rows) {
            names.putIfAbsent((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /** The household's active members as the civil-registry check matches them. */
    public List<PersonToMatch> activeMembers(long householdId) {
        return members.findByHouseholdIdAndStatusOrderById(householdId, RecordStatus.ACTIVE).stream()
                .map(m -> new PersonToMatch(m.nik(), m.name(), m.birthDate()))
                .toList();
    }

    /**
     * Several households' active members as the civil-registry check matches them, by household id, in one read; a
     * household without active members has none in the map.
     */
    public Map<Long, List<PersonToMatch>> activeMembers(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<PersonToMatch>> found = new HashMap<>();
        for (Object[] row : members.findActivePersons(Set.copyOf(householdIds))) {
            found.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new PersonToMatch((String) row[1], (String) row[2], (LocalDate) row[3]));
        }
        return found;
    }

    /**
     * Several households' active members with their full NIKs, head first, by household id, in one read: a field
     * sheet's members, for the village operator who visits them.
     */
    public Map<Long, List<MemberView>> activeMemberViews(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<MemberView>> found = new HashMap<>();
        for (Object[] row : members.findActiveIn(Set.copyOf(householdIds))) {
            found.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(MemberView.of((Member) row[1]));
        }
        return found;
    }

    /** The NIKs of the registry's members and the family card numbers that start with a prefix. */
    public Set<String> niksAndKkNumbersStartingWith(String prefix) {
        var taken = new HashSet<>(households.niksStartingWith(prefix));
        taken.addAll(households.kkNumbersStartingWith(prefix));
        return taken;
    }

    /** The ids of a household's active members. */
    public Set<Long> memberIds(long householdId) {
        return activeMemberViews(List.of(householdId)).getOrDefault(householdId, List.of()).stream()
                .map(MemberView::id)
                .collect(Collectors.toSet());
    }

    /**
     * The household's whole record as it stands in this transaction, changes not yet written included, with every
     * member (removed ones too) and full NIKs.
     */
    public HouseholdSnapshot snapshot(long id) {
        Household household = load(id);
        // Queried rather than taken from the household: a member just added is not in its loaded list.
        var all = members.findByHouseholdIdOrderById(id).stream()
                .map(MemberView::of)
                .toList();
        return new HouseholdSnapshot(
                household.id(),
                household.kkNumber(),
                household.status(),
                household.removalReason(),
                household.address(),
                household.rt(),
                household.rw(),
                household.villageCode(),
                household.welfare(),
                household.lastVerifiedAt(),
                all);
    }

    /** How many households the registry holds in a region, removed ones included. */
    public long countIn(RegionScope scope) {
        return households.countIn(
                scope.regionCode().orElse(null), scope.descendantsPattern().orElse(null));
    }

    /** A page of the households matching a search, in village order. */
    public PageView<HouseholdSummaryView> search(RegionScope scope, String text, int page, int size) {
        return search(scope, new HouseholdQuery(null, text, null, null, null), page, size);
    }

    PageView<HouseholdSummaryView> search(RegionScope scope, HouseholdQuery query, int page, int size) {
        var found = find(scope, query, PageRequest.of(page, size, HouseholdSort.parse(query.sort())));
        return PageView.of(found, this::summaries);
    }

    /**
     * Every household a list shows, in its order, a page at a time: what an export writes. Refused on {@code region}
     * when there are more than {@code limit}, so that a whole province is never read into one file.
     */
    void forEachFound(
            RegionScope scope, HouseholdQuery query, int limit, Consumer<List<HouseholdSummaryView>> pageConsumer) {
        Sort sort = HouseholdSort.parse(query.sort());
        var page = find(scope, query, PageRequest.of(0, EXPORT_PAGE, sort));
        if (page.getTotalElements() > limit) {
            throw new InvalidFieldException("region", "export.tooMany", page.getTotalElements(), limit);
        }
        pageConsumer.accept(summaries(page.getContent()));
        while (page.hasNext()) {
            page = find(scope, query, page.nextPageable());
            pageConsumer.accept(summaries(page.getContent()));
        }
    }

    private Page<HouseholdRow> find(RegionScope scope, HouseholdQuery query, Pageable pageable) {
        String region = scope.regionCode().orElse(null);
        String under = scope.descendantsPattern().orElse(null);
        String text =
                query.q() == null || query.q().isBlank() ? null : query.q().strip();
        String textPart = text == null ? null : "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        List<String> villagesNamed = text == null ? List.of() : regions.villagesNamed(region, text);
        return households.search(
                region,
                under,
                textPart,
                // Never empty, as an empty IN list is not valid SQL everywhere: no region code is blank.
                villagesNamed.isEmpty() ? List.of("") : villagesNamed,
                text,
                query.status(),
                query.changeInFlight(),
                pageable);
    }

    public HouseholdView get(RegionScope scope, long id) {
        Household household = households
                .findWithMembers(id)
                .filter(h -> scope.covers(h.villageCode()))
                .orElseThrow(() -> new NotFoundException("household", id));
        return view(household);
    }

    private Household load(long id) {
        return households.findById(id).orElseThrow(() -> new NotFoundException("household", id));
    }

    private List<HouseholdSummaryView> summaries(List<HouseholdRow> rows) {
        var codes = new ArrayList<String>();
        rows.forEach(row -> {
            codes.add(row.villageCode());
            codes.add(RegionCodes.parentOf(row.villageCode()));
        });
        Map<String, String> names = regions.names(codes);
        return rows.stream()
                .map(row -> {
                    String subdistrict = RegionCodes.parentOf(row.villageCode());
                    return new HouseholdSummaryView(
                            row.id(),
                            Nik.mask(row.kkNumber()),
                            row.headName(),
                            Nik.mask(row.headNik()),
                            row.address(),
                            row.rt(),
                            row.rw(),
                            row.villageCode(),
                            names.get(row.villageCode()),
                            subdistrict,
                            names.get(subdistrict),
                            row.memberCount(),
                            row.status());
                })
                .toList();
    }

    private HouseholdView view(Household household) {
        String village = household.villageCode();
        String subdistrict = RegionCodes.parentOf(village);
        String district = RegionCodes.parentOf(subdistrict);
        Map<String, String> names = regions.names(List.of(village, subdistrict, district));
        return new HouseholdView(
                household.id(),
                household.kkNumber(),
                household.address(),
                household.rt(),
                household.rw(),
                village,
                names.get(village),
                names.get(subdistrict),
                names.get(district),
                household.welfare(),
                household.status(),
                household.removalReason(),
                household.version(),
                household.members().stream().map(MemberView::of).toList());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
