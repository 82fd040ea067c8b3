package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionScopeTest {

    private static CurrentUser user(Role role, String region) {
        return new CurrentUser("someone", "", "Someone", role, region, true);
    }

    @Test
    void a_village_operator_sees_only_their_village() {
        var scope = RegionScope.of(user(Role.VILLAGE_OPERATOR, "61.12.04.2002"));
        assertThat(scope.covers("61.12.04.2002")).isTrue();
        assertThat(scope.covers("61.12.04.2001")).isFalse();
        assertThat(scope.covers("61.12.04")).isFalse();
    }

    @Test
    void a_camat_sees_every_village_of_the_kecamatan_and_no_lookalike_code() {
        var scope = RegionScope.of(user(Role.SUBDISTRICT_HEAD, "61.12.04"));
        assertThat(scope.covers("61.12.04.2002")).isTrue();
        assertThat(scope.covers("61.12.04")).isTrue();
        assertThat(scope.covers("61.12.01.2001")).isFalse();
        assertThat(scope.covers("61.12.041.2001")).isFalse();
        assertThat(scope.descendantsPattern()).contains("61.12.04.%");
    }

    @Test
    void national_roles_see_everything() {
        for (Role role : new Role[] {Role.MINISTRY_OFFICER, Role.ADMIN, Role.INTEGRATION}) {
            var scope = RegionScope.of(user(role, null));
            assertThat(scope.isNational()).isTrue();
            assertThat(scope.covers("11.01.01.2001")).isTrue();
        }
    }

    @Test
    void a_filter_narrows_inside_the_scope_and_is_refused_outside() {
        var district = RegionScope.of(user(Role.DISTRICT_OPERATOR, "61.12"));
        assertThat(district.narrowTo("61.12.04")).contains(RegionScope.region("61.12.04"));
        assertThat(district.narrowTo(null)).contains(district);
        assertThat(district.narrowTo("61.71")).isEmpty();
        assertThat(RegionScope.region("61.12.04").narrowTo("61.12")).isEmpty();
    }
}
