package id.verivali.household;

import id.verivali.region.RegionLevel;
import id.verivali.region.RegionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@link Nik}'s rules against the real list of kecamatan: the one NIK check every part of Verivali uses. */
@Component
public class NikValidator {

    private final RegionService regions;
    private final Clock clock;
    private volatile Set<String> subdistricts;

    NikValidator(RegionService regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    public List<Nik.Rule> check(String nik) {
        return Nik.check(nik, this::isSubdistrict, LocalDate.now(clock));
    }

    /** The birth date a NIK that meets the rules encodes, read as {@link Nik#birthDate} reads it. */
    public Optional<LocalDate> birthDate(String nik) {
        return Nik.birthDate(nik, LocalDate.now(clock));
    }

    public boolean isValid(String nik) {
        return check(nik).isEmpty();
    }

    private boolean isSubdistrict(String code) {
        Set<String> known = subdistricts;
        if (known == null) {
            // The region list is loaded at start-up and never shrinks, so one read serves the whole run.
            known = regions.codesAt(RegionLevel.SUBDISTRICT);
            subdistricts = known;
        }
        return known.contains(code);
    }
}
