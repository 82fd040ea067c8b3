package id.verivali.deliberation;

import id.verivali.changerequest.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deliberation with everything it decided.
 *
 * @param region the village, kecamatan or district; absent for the ministry
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
        List<Item> decisions) {

    record Region(String code, String name) {}

    /** @param sha256 lower-case hex, as {@code sha256sum} prints it */
    record Minutes(String filename, String contentType, long sizeBytes, String sha256) {}

    /**
     * @param changeType the change's type, {@code NEW_HOUSEHOLD} to {@code REMOVE_MEMBER}
     * @param household the household decided on, as the by-name-by-address list (BNBA) prints it
     */
    record Item(
            String taskId,
            long changeRequestId,
            String changeRequestNumber,
            String changeType,
            Household household,
            Decision decision,
            String reason,
            String note) {}

    /**
     * A household by name and address, without any NIK: the signed BNBA is posted in the village office.
     *
     * @param headName the head's name (for a new household, as proposed)
     */
    record Household(String headName, String address, String rt, String rw, String villageCode, String villageName) {

        Household inVillageNamed(String name) {
            return new Household(headName, address, rt, rw, villageCode, name);
        }
    }
}
