package id.verivali.resident;

import id.verivali.changerequest.Stage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * What a resident is told: nothing but "not found" unless the NIK and the name match a person of the village asked
 * about; then whether they are on the registry, the village, and the change about their household in progress, if
 * any. Never an address, never another member.
 *
 * @param found whether the NIK and name matched; when false, nothing else is said
 * @param onRegistry whether the person and their household are still on the registry (DTKS)
 * @param change the change about their household in progress, absent when none is
 */
@Schema(name = "PublicStatusAnswer")
record StatusAnswer(boolean found, Boolean onRegistry, String villageCode, String villageName, Change change) {

    static final StatusAnswer NOT_FOUND = new StatusAnswer(false, null, null, null, null);

    /**
     * @param stage where the change is
     * @param since the day it got there
     */
    @Schema(name = "PublicStatusChange")
    record Change(Stage stage, LocalDate since) {}
}
