package id.verivali.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodesTest {

    @Test
    void each_code_has_the_one_above_it_as_its_parent_and_a_province_none() {
        assertThat(RegionCodes.parentOf("61.12.04.2002")).isEqualTo("61.12.04");
        assertThat(RegionCodes.parentOf("61.12.04")).isEqualTo("61.12");
        assertThat(RegionCodes.parentOf("61.12")).isEqualTo("61");
        assertThatThrownBy(() -> RegionCodes.parentOf("61")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_village_and_a_kecamatan_lie_in_their_district_and_a_district_in_itself() {
        assertThat(RegionCodes.districtOf("61.12.04.2002")).isEqualTo("61.12");
        assertThat(RegionCodes.districtOf("61.12.04")).isEqualTo("61.12");
        assertThat(RegionCodes.districtOf("61.12")).isEqualTo("61.12");
    }
}
