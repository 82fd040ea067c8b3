package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo's settings as start-up binds them: what is wrong stops the start, naming the setting. */
class DemoSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(DemoConfig.class)
            .withPropertyValues("spring.profiles.active=demo");

    @Test
    void by_default_the_demo_is_kubu_raya_at_a_few_dozen_households_a_village() {
        context.run(started -> {
            var settings = started.getBean(DemoSettings.class);
            assertThat(settings.district()).isEqualTo("61.12");
            assertThat(settings.size()).isEmpty();
            assertThat(settings.changesPerVillage()).isEqualTo(5);
            assertThat(settings.targets()).isTrue();
        });
    }

    @Test
    void households_alone_bring_the_typical_members_with_them() {
        context.withPropertyValues("verivali.demo.district=64.02", "verivali.demo.households=60937")
                .run(started -> assertThat(started.getBean(DemoSettings.class).size())
                        .contains(new RegistrySize(60_937, 190_930)));
    }

    @Test
    void households_must_be_positive() {
        for (String households : new String[] {"0", "-5"}) {
            context.withPropertyValues("verivali.demo.households=" + households)
                    .run(started -> assertThat(started)
                            .hasFailed()
                            .getFailure()
                            .rootCause()
                            .hasMessageContaining("verivali.demo.households"));
        }
    }

    @Test
    void members_need_households_and_a_plausible_number_a_household() {
        context.withPropertyValues("verivali.demo.members=1000")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("verivali.demo.members needs verivali.demo.households"));
        context.withPropertyValues("verivali.demo.households=1000", "verivali.demo.members=1000")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("verivali.demo.members=1000 makes 1.00 a household"));
    }
}
