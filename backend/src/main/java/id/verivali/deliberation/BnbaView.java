package id.verivali.deliberation;

import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.Decision;
import id.verivali.household.RemovalReason;
import id.verivali.region.RegionLevel;
import id.verivali.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A deliberation's list by name and address (BNBA) as the legal record signed with its minutes: the households with
 * their heads' NIKs and family cards, under the letterhead of the office that held it, with the officials who sign.
 *
 * @param letterhead the regions from the province down to the deliberation's own, for the letterhead; empty for a
 *     ministry decree
 * @param chair who led the deliberation and recorded it
 * @param attendees as the minutes list them, each with a line to sign
 */
record BnbaView(
        long deliberationId,
        DeliberationLevel level,
        LocalDate heldOn,
        String place,
        String minutesNumber,
        List<RegionLine> letterhead,
        Official chair,
        List<String> attendees,
        List<Row> rows) {

    @Schema(name = "BnbaRegion")
    record RegionLine(RegionLevel level, String code, String name) {}

    /** @param fullName as on the account; the username where the account is gone */
    record Official(String username, String fullName, Role role) {}

    /**
     * One household decided.
     *
     * @param headNik the head's NIK (for a new household, as proposed)
     * @param removalReason why the household or member would leave the registry; only for removals
     */
    @Schema(name = "BnbaRow")
    record Row(
            long changeRequestId,
            String changeRequestNumber,
            ChangeType changeType,
            String headName,
            String headNik,
            String kkNumber,
            String address,
            String rt,
            String rw,
            String villageCode,
            String villageName,
            RemovalReason removalReason,
            Decision decision,
            String reason) {}
}
