package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import id.verivali.region.RegionView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class DemoDistrictTest {

    private final RegionService regions = mock(RegionService.class);

    private void known(RegionView region, RegionView... children) {
        when(regions.find(region.code())).thenReturn(Optional.of(region));
        when(regions.children(region.code())).thenReturn(List.of(children));
    }

    private static RegionView region(String code, String name, RegionLevel level) {
        return new RegionView(code, name, level, code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : null);
    }

    @Test
    void a_code_the_region_list_lacks_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> DemoDistrict.of("99.99", regions))
                .isInstanceOf(InvalidDemoSettingException.class)
                .hasMessage("verivali.demo.district=99.99: the region list has no region of this code");
    }

    @Test
    void a_kecamatan_or_province_is_not_a_district() {
        known(region("64.02.01", "Muara Muntai", RegionLevel.SUBDISTRICT));
        known(region("64", "Kalimantan Timur", RegionLevel.PROVINCE));

        assertThatThrownBy(() -> DemoDistrict.of("64.02.01", regions))
                .isInstanceOf(InvalidDemoSettingException.class)
                .hasMessage("verivali.demo.district=64.02.01: Muara Muntai is a kecamatan, not a district (kabupaten"
                        + " or kota)");
        assertThatThrownBy(() -> DemoDistrict.of("64", regions)).hasMessageContaining("is a province");
    }

    @Test
    void the_start_up_report_names_the_setting_and_what_to_give_it() {
        var failure = new IllegalStateException(
                "Failed to execute ApplicationRunner",
                new InvalidDemoSettingException(DemoDistrict.PROPERTY, "6402", "no such region", "Give a district"));

        var analysis = new DemoSettingFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("verivali.demo.district=6402: no such region");
        assertThat(analysis.getAction()).isEqualTo("Give a district");
        // Spring Boot's own analyzers want the application's bean factory: leave those out.
        SpringFactoriesLoader.FailureHandler skipOthers = (type, implementation, error) -> {};
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, skipOthers))
                .as("registered in META-INF/spring.factories")
                .hasAtLeastOneElementOfType(DemoSettingFailureAnalyzer.class);
    }

    @Test
    void terentang_is_kubu_rayas_busy_kecamatan_and_elsewhere_the_first_is() {
        known(
                region("61.12", "Kabupaten Kubu Raya", RegionLevel.DISTRICT),
                region("61.12.01", "Batu Ampar", RegionLevel.SUBDISTRICT),
                region("61.12.04", "Terentang", RegionLevel.SUBDISTRICT));
        known(
                region("64.02", "Kabupaten Kutai Kartanegara", RegionLevel.DISTRICT),
                region("64.02.01", "Muara Muntai", RegionLevel.SUBDISTRICT),
                region("64.02.02", "Loa Kulu", RegionLevel.SUBDISTRICT));

        assertThat(DemoDistrict.of("61.12", regions).busySubdistrict()).isEqualTo("61.12.04");
        assertThat(DemoDistrict.of("64.02", regions).busySubdistrict()).isEqualTo("64.02.01");
    }
}
