package id.verivali.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A kecamatan in a round's scope: its target date and how many households it had on the list at opening. */
@Embeddable
class RoundSubdistrict {

    @Column(name = "subdistrict_code")
    private String code;

    private LocalDate targetDate;
    private int householdsTotal;

    protected RoundSubdistrict() {}

    RoundSubdistrict(String code, LocalDate targetDate, int householdsTotal) {
        this.code = code;
        this.targetDate = targetDate;
        this.householdsTotal = householdsTotal;
    }

    String code() {
        return code;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    int householdsTotal() {
        return householdsTotal;
    }
}
