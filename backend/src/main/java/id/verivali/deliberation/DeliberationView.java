package id.verivali.deliberation;

import id.verivali.changerequest.ChangeType;
import id.verivali.changerequest.Decision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deliberation with everything it decided.
 *
 * @param region the village, kecamatan or district; absent for the ministry
 * @param applying how many of its decisions the engine has still to apply to their changes: each change moves on to
 *     the next level a moment after the deliberation is recorded, and this is 0 once all have
 */
record DeliberationView(
        long id,
        DeliberationLevel level,
        Region region,
        LocalDate heldOn,
        String place,
        String minutesNumber,
        List<String> attendees,
        Minutes minutes,
        String heldBy,
        Instant recordedAt,
        int applying,
        List<Item> decisions) {

    @Schema(name = "DeliberationRegion")
    record Region(String code, String name) {}

    /** @param sha256 lower-case hex, as {@code sha256sum} prints it */
    record Minutes(String filename, String contentType, long sizeBytes, String sha256) {}

    /**
     * @param changeType the change's type, {@code NEW_HOUSEHOLD} to {@code REMOVE_MEMBER}
     * @param household the household decided on, as the by-name-by-address list (BNBA) prints it
     */
    @Schema(name = "DecidedItem")
    record Item(
            String taskId,
            long changeRequestId,
            String changeRequestNumber,
            @Schema(implementation = ChangeType.class) String changeType,
            Household household,
            Decision decision,
            String reason,
            String note) {}

    /**
     * A household by name and address, without any NIK: the signed BNBA is posted in the village office.
     *
     * @param headName the head's name (for a new household, as proposed)
     */
    @Schema(name = "DecidedHousehold")
    record Household(String headName, String address, String rt, String rw, String villageCode, String villageName) {

        Household inVillageNamed(String name) {
            return new Household(headName, address, rt, rw, villageCode, name);
        }
    }
}
