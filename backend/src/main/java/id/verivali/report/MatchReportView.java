package id.verivali.report;

import id.verivali.round.RoundStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A verification round's civil-registry match as Kota Depok published its own: members matched, not matched (the
 * civil registry's unknown NIKs among them), died, not yet matched, proposed for deletion and without e-KTP, per
 * kecamatan and village, for the households the round has reached so far. Live while the round runs.
 *
 * @param householdsDone households the round has given their change so far, of {@code householdsTotal}
 */
public record MatchReportView(
        long roundId,
        String roundName,
        Region district,
        RoundStatus status,
        int householdsDone,
        int householdsTotal,
        Instant asOf,
        Figures totals,
        List<Kecamatan> subdistricts) {

    @Schema(name = "MatchRegion")
    public record Region(String code, String name) {}

    /**
     * @param households households of the round so far
     * @param members their members on the list
     * @param matched members the civil registry knows, alive and with matching data
     * @param notMatched members whose data the civil registry does not confirm, {@code nikUnknown} included
     * @param nikUnknown NIKs the civil registry does not know at all
     * @param died members the civil registry records as dead
     * @param notYetMatched members whose change has not been through the civil-registry check yet
     * @param proposedForDeletion members of a removal change in progress (a household's or their own)
     * @param withoutEktp members the population register shows without an e-KTP
     */
    @Schema(name = "MatchFigures")
    public record Figures(
            long households,
            long members,
            long matched,
            long notMatched,
            long nikUnknown,
            long died,
            long notYetMatched,
            long proposedForDeletion,
            long withoutEktp) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Figures plus(Figures other) {
            return new Figures(
                    households + other.households,
                    members + other.members,
                    matched + other.matched,
                    notMatched + other.notMatched,
                    nikUnknown + other.nikUnknown,
                    died + other.died,
                    notYetMatched + other.notYetMatched,
                    proposedForDeletion + other.proposedForDeletion,
                    withoutEktp + other.withoutEktp);
        }
    }

    @Schema(name = "MatchKecamatan")
    public record Kecamatan(String code, String name, Figures figures, List<Village> villages) {}

    @Schema(name = "MatchVillage")
    public record Village(String code, String name, Figures figures) {}
}
