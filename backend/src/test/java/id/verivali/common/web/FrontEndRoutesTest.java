package id.verivali.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontEndRoutesTest {

    @Test
    void screens_exclude_the_servers_own_paths_and_files() {
        assertThat(FrontEndRoutes.isScreen("households/12")).isTrue();
        assertThat(FrontEndRoutes.isScreen("/inbox")).isTrue();
        assertThat(FrontEndRoutes.isScreen("")).isTrue();
        assertThat(FrontEndRoutes.isScreen("/")).isTrue();
        assertThat(FrontEndRoutes.isScreen("assets/index-abc.js")).isFalse();
        assertThat(FrontEndRoutes.isScreen("api/unknown")).isFalse();
        assertThat(FrontEndRoutes.isScreen("/engine-rest/task")).isFalse();
        assertThat(FrontEndRoutes.isScreen("camunda/app/cockpit/")).isFalse();
        assertThat(FrontEndRoutes.isScreen("/v3/api-docs")).isFalse();
        assertThat(FrontEndRoutes.isScreen("/error")).isFalse();
    }
}
