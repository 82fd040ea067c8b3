package id.verivali.changerequest;

import id.verivali.household.HouseholdService;
import id.verivali.household.Nik;
import id.verivali.household.NikValidator;
import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the automatic checks every change passes before a person looks at it. The process runs them and
 * {@link ChangeBookkeeping#recordChecks records} what they found; the civil-registry match is the registry's own.
 */
@Service
@Transactional(readOnly = true)
public class AutomaticChecks {

    private final ChangeRequestRepository changes;
    private final HouseholdService households;
    private final NikValidator niks;
    private final RegionService regions;

    AutomaticChecks(
            ChangeRequestRepository changes, HouseholdService households, NikValidator niks, RegionService regions) {
        this.changes = changes;
        this.households = households;
        this.niks = niks;
        this.regions = regions;
    }

    /**
     * The NIK and region check: the village must lie in the change's kecamatan and district, and a new household's or
     * member's NIKs and family card number must be valid on their face. A {@link CheckFailure} name, or empty when
     * the change passes.
     */
    public Optional<String> nikAndRegionFailure(String number) {
        ChangeRequest change = changes.byNumber(number);
        if (!isVillageOf(change.villageCode(), change.subdistrictCode(), change.districtCode())) {
            return Optional.of(CheckFailure.UNKNOWN_REGION.name());
        }
        if (!change.proposedNiks().stream().allMatch(niks::isValid)) {
            return Optional.of(CheckFailure.INVALID_NIK.name());
        }
        if (change.proposedMembers().stream()
                .anyMatch(member -> !Nik.contradictions(member.nik(), member.sex(), member.birthDate())
                        .isEmpty())) {
            return Optional.of(CheckFailure.NIK_CONTRADICTS_MEMBER.name());
        }
        if (change.type() == ChangeType.NEW_HOUSEHOLD
                && !change.payload().household().kkNumber().matches("\\d{16}")) {
            return Optional.of(CheckFailure.INVALID_KK.name());
        }
        return Optional.empty();
    }

    /**
     * The duplicate check, for a new household or member: a proposed person already active on another household
     * fails the change (the DTKS holds each person once); another active household on the same family card is only
     * reported, for the field check to judge.
     */
    public DuplicateFinding findDuplicates(String number) {
        ChangeRequest change = changes.byNumber(number);
        List<String> proposed = change.proposedNiks();
        if (proposed.isEmpty()) {
            return new DuplicateFinding(null, List.of());
        }
        List<Long> withNik = households.activeHouseholdsWithMemberNik(proposed, change.householdId());
        List<Long> withKk = change.type() == ChangeType.NEW_HOUSEHOLD
                ? households.activeHouseholdsWithKk(change.payload().household().kkNumber(), change.householdId())
                : List.of();
        List<Long> found = Stream.concat(withNik.stream(), withKk.stream())
                .distinct()
                .sorted()
                .toList();
        return new DuplicateFinding(withNik.isEmpty() ? null : CheckFailure.DUPLICATE_NIK.name(), found);
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
}
