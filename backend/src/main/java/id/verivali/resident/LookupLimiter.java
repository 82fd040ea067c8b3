package id.verivali.resident;

import id.verivali.common.allowance.Allowances;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Residents' lookups per client address and per NIK ({@link StatusLimits}), each an allowance of its own. */
@Component
class LookupLimiter {

    private final Allowances addresses;
    private final Allowances niks;

    LookupLimiter(StatusLimits limits, Clock clock) {
        this.addresses = new Allowances(limits.perAddress(), limits.addressPeriod(), clock);
        this.niks = new Allowances(limits.perNik(), limits.nikPeriod(), clock);
    }

    /** Takes one lookup from both allowances, or says how long to wait for the one that has none left. */
    void take(String clientAddress, String nik) {
        addresses.take(clientAddress).ifPresent(wait -> {
            throw new TooManyLookupsException(wait, "resident.tooManyLookups.address");
        });
        niks.take(nik).ifPresent(wait -> {
            throw new TooManyLookupsException(wait, "resident.tooManyLookups.nik");
        });
    }
}
