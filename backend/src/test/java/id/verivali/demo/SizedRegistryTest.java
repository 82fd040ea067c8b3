package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.household.Nik;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A registry of a given size on the real villages of Kutai Kartanegara (64.02), at a size small enough for CI. */
class SizedRegistryTest {

    private static final RegistrySize SIZE = RegistrySize.typical(2_000);

    private static List<String> villages;
    private static List<String> provinceSubdistricts;
    private static List<String> elsewhere;
    private static DemoRegistry registry;

    @BeforeAll
    static void generate() {
        villages = RegionCatalogue.codes("villages.csv", "64.02.");
        provinceSubdistricts = RegionCatalogue.codes("districts.csv", "64.");
        elsewhere = RegionCatalogue.codes("villages.csv", "64.71.");
        registry = generator().generate(villages, SIZE);
    }

    private static DemoRegistryGenerator generator() {
        return new DemoRegistryGenerator(provinceSubdistricts, elsewhere);
    }

    @Test
    void the_same_settings_make_the_same_registry() {
        assertThat(generator().generate(villages, SIZE)).isEqualTo(registry);
    }

    @Test
    void it_has_the_households_asked_for_and_their_members_come_within_a_few_of_the_total() {
        assertThat(SIZE.members()).isEqualTo(6_266);
        assertThat(registry.households()).hasSize(2_000);
        assertThat(registry.memberCount()).isBetween(SIZE.members() - 5L, SIZE.members() + 5L);
    }

    @Test
    void kutai_kartanegaras_list_comes_to_its_190930_members() {
        assertThat(RegistrySize.typical(60_937).members()).isEqualTo(190_930);
    }

    @Test
    void about_a_third_of_the_households_are_ghost_data() {
        double share = (double) registry.ghostCount() / registry.households().size();
        assertThat(share).isBetween(0.28, 0.38);
    }

    @Test
    void every_household_is_in_a_village_of_the_district_and_every_village_has_some() {
        var used = registry.households().stream()
                .map(h -> h.household().villageCode())
                .collect(Collectors.toSet());
        assertThat(villages).hasSize(237);
        assertThat(used).containsExactlyInAnyOrderElementsOf(villages);
    }

    @Test
    void every_nik_is_of_a_kecamatan_of_the_province_and_valid() {
        var known = new HashSet<>(provinceSubdistricts);
        assertThat(registry.households().stream().flatMap(h -> h.household().members().stream()))
                .allSatisfy(member -> assertThat(Nik.check(member.nik(), known::contains, DemoRegistryGenerator.TODAY))
                        .as(member.nik())
                        .isEmpty());
    }
}
