package id.verivali.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo's settings ({@code verivali.demo.*}). Whether the district exists is checked once the region list is
 * loaded ({@link DemoDistrict}); the rest here, when the settings are bound.
 *
 * @param district the Kemendagri code of the district (kabupaten or kota) the demo fills, e.g. 61.12 or 64.02
 * @param households households on its registry; unset, a few dozen a village (Kubu Raya's 3,600)
 * @param members their members together; unset, {@link RegistrySize#TYPICAL_MEMBERS} a household
 * @param changesPerVillage re-verifications each village of the busy kecamatan gets on the first start; 0 for none
 * @param targets whether the head of Dinas Sosial sets each kecamatan a target date on the first start
 */
@ConfigurationProperties(DemoSettings.PREFIX)
@Validated
record DemoSettings(
        @DefaultValue(DemoDistrict.KUBU_RAYA) @NotBlank String district,
        // Up to a million: every NIK's serial (per kecamatan, birth date and sex) stays within its four digits.
        @Positive @Max(1_000_000) Integer households,
        @Positive Integer members,
        @DefaultValue("5") int changesPerVillage,
        @DefaultValue("true") boolean targets) {

    static final String PREFIX = "verivali.demo";

    DemoSettings {
        if (members != null && households == null) {
            throw new IllegalArgumentException(
                    PREFIX + ".members needs " + PREFIX + ".households, the households the members belong to");
        }
        if (members != null && households > 0) {
            double each = (double) members / households;
            if (each < RegistrySize.FEWEST_MEMBERS || each > RegistrySize.MOST_MEMBERS) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "%s.members=%d makes %.2f a household of %s.households=%d; it must be %.0f to %.0f",
                        PREFIX,
                        members,
                        each,
                        PREFIX,
                        households,
                        RegistrySize.FEWEST_MEMBERS,
                        RegistrySize.MOST_MEMBERS));
            }
        }
    }

    /** The registry's size when one is asked for; empty for Kubu Raya's few dozen households a village. */
    Optional<RegistrySize> size() {
        if (households == null) {
            return Optional.empty();
        }
        return Optional.of(members == null ? RegistrySize.typical(households) : new RegistrySize(households, members));
    }
}
