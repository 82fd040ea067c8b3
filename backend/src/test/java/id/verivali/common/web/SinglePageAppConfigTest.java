package id.verivali.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SinglePageAppConfigTest {

    @Test
    void client_routes_exclude_the_servers_own_paths_and_files() {
        assertThat(SinglePageAppConfig.isClientRoute("households/12")).isTrue();
        assertThat(SinglePageAppConfig.isClientRoute("")).isTrue();
        assertThat(SinglePageAppConfig.isClientRoute("assets/index-abc.js")).isFalse();
        assertThat(SinglePageAppConfig.isClientRoute("api/unknown")).isFalse();
        assertThat(SinglePageAppConfig.isClientRoute("engine-rest/task")).isFalse();
        assertThat(SinglePageAppConfig.isClientRoute("camunda/app/cockpit/")).isFalse();
    }
}
