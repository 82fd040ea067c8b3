package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.civilregistry.Resident;
import id.verivali.demo.DemoRegistry.DemoHousehold;
import id.verivali.demo.DemoRegistry.Fate;
import id.verivali.household.NewHousehold.NewMember;
import id.verivali.household.Nik;
import id.verivali.household.Relationship;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoRegistryGeneratorTest {

    private static final List<String> SUBDISTRICTS =
            IntStream.rangeClosed(1, 9).mapToObj(i -> "61.12.0" + i).toList();
    private static final List<String> VILLAGES = SUBDISTRICTS.stream()
            .flatMap(sub -> IntStream.rangeClosed(2001, 2014).mapToObj(v -> sub + "." + v))
            .toList();
    private static final List<String> ELSEWHERE = List.of("61.71.01.1001", "61.71.02.1001");

    private static DemoRegistry generate() {
        return new DemoRegistryGenerator(SUBDISTRICTS, ELSEWHERE).generate(VILLAGES);
    }

    private static Map<String, Resident> byNik(DemoRegistry registry) {
        return registry.population().stream().collect(Collectors.toMap(Resident::nik, Function.identity()));
    }

    @Test
    void the_same_seed_makes_the_same_registry() {
        assertThat(generate()).isEqualTo(generate());
    }

    @Test
    void every_village_has_a_few_dozen_households_each_with_one_head_first() {
        var registry = generate();
        var perVillage = registry.households().stream()
                .collect(Collectors.groupingBy(h -> h.household().villageCode(), Collectors.counting()));
        assertThat(perVillage.keySet()).containsExactlyInAnyOrderElementsOf(VILLAGES);
        assertThat(perVillage.values()).allSatisfy(count -> assertThat(count).isBetween(22L, 38L));
        assertThat(registry.households()).allSatisfy(h -> {
            assertThat(h.household().members().get(0).relationship()).isEqualTo(Relationship.HEAD);
            assertThat(h.household().members())
                    .filteredOn(m -> m.relationship() == Relationship.HEAD)
                    .hasSize(1);
        });
    }

    @Test
    void every_nik_meets_every_rule_and_matches_its_person() {
        Set<String> known = new HashSet<>(SUBDISTRICTS);
        var registry = generate();
        assertThat(registry.households().stream().flatMap(h -> h.household().members().stream()))
                .allSatisfy(member -> {
                    assertThat(Nik.check(member.nik(), known::contains, DemoRegistryGenerator.TODAY))
                            .as(member.nik())
                            .isEmpty();
                    assertThat(Nik.sex(member.nik())).isEqualTo(member.sex());
                    assertThat(Nik.birthDate(member.nik(), DemoRegistryGenerator.TODAY))
                            .contains(member.birthDate());
                });
        assertThat(registry.population()).extracting(Resident::nik).doesNotHaveDuplicates();
    }

    @Test
    void about_a_third_of_the_households_are_ghost_data_of_every_kind() {
        var registry = generate();
        double share = (double) registry.ghostCount() / registry.households().size();
        assertThat(share).isBetween(0.28, 0.38);
        assertThat(registry.households().stream().map(DemoHousehold::fate).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Fate.values());
    }

    @Test
    void the_civil_registry_agrees_with_what_a_field_check_would_find() {
        var registry = generate();
        Map<String, Resident> population = byNik(registry);
        for (DemoHousehold h : registry.households()) {
            for (NewMember member : h.household().members()) {
                Resident resident = population.get(member.nik());
                switch (h.fate()) {
                    case GENUINE, DUPLICATE -> {
                        assertThat(resident.status()).isEqualTo(Resident.Status.ALIVE);
                        assertThat(resident.villageCode())
                                .isEqualTo(h.household().villageCode());
                    }
                    case DECEASED -> {
                        assertThat(resident.status()).isEqualTo(Resident.Status.DECEASED);
                        assertThat(resident.diedOn()).isAfter(DemoRegistryGenerator.LIST_DATE);
                    }
                    case MOVED -> {
                        assertThat(resident.status()).isEqualTo(Resident.Status.MOVED_OUT);
                        assertThat(resident.movedToCode()).isIn(ELSEWHERE);
                    }
                    case NOT_FOUND -> assertThat(resident).isNull();
                }
            }
        }
    }

    @Test
    void a_duplicate_repeats_a_genuine_family_card_of_the_same_village() {
        var registry = generate();
        Map<String, List<DemoHousehold>> byKk = registry.households().stream()
                .collect(Collectors.groupingBy(h -> h.household().kkNumber()));
        var duplicates = registry.households().stream()
                .filter(h -> h.fate() == Fate.DUPLICATE)
                .toList();
        assertThat(duplicates)
                .isNotEmpty()
                .allSatisfy(duplicate -> assertThat(
                                byKk.get(duplicate.household().kkNumber()))
                        .anySatisfy(original -> {
                            assertThat(original.fate()).isEqualTo(Fate.GENUINE);
                            assertThat(original.household().members())
                                    .isEqualTo(duplicate.household().members());
                        }));
    }

    @Test
    void some_genuine_members_are_registered_under_another_name_in_the_civil_registry() {
        var registry = generate();
        Map<String, Resident> population = byNik(registry);
        long differing = registry.households().stream()
                .filter(h -> h.fate() == Fate.GENUINE)
                .flatMap(h -> h.household().members().stream())
                .filter(m -> !population.get(m.nik()).name().equals(m.name()))
                .count();
        assertThat(differing).isPositive();
        assertThat(registry.population())
                .allSatisfy(r -> assertThat(r.birthDate()).isBefore(LocalDate.of(2016, 1, 1)));
    }
}
