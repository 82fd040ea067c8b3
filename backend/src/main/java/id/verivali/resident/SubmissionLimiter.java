package id.verivali.resident;

import id.verivali.common.allowance.Allowances;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Residents' submissions per client address and per NIK ({@link SubmissionLimits}), each an allowance of its own. */
@Component
class SubmissionLimiter {

    private final Allowances addresses;
    private final Allowances niks;

    SubmissionLimiter(SubmissionLimits limits, Clock clock) {
        this.addresses = new Allowances(limits.perAddress(), limits.addressPeriod(), clock);
        this.niks = new Allowances(limits.perNik(), limits.nikPeriod(), clock);
    }

    /**
     * Takes one submission from the address's allowance, before the files are read: decoding photos is the costly
     * part, and a client sending bad ones over and over is stopped too.
     */
    void takeFromAddress(String clientAddress) {
        addresses.take(clientAddress).ifPresent(wait -> {
            throw new TooManyLookupsException(wait, "resident.tooManySubmissions.address");
        });
    }

    /** Takes one from the NIK's allowance, once everything else was accepted: a typo does not cost a resident one. */
    void takeFromNik(String nik) {
        niks.take(nik).ifPresent(wait -> {
            throw new TooManyLookupsException(wait, "resident.tooManySubmissions.nik");
        });
    }
}
