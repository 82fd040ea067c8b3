package id.verivali.civilregistry;

import id.verivali.household.Sex;
import java.time.LocalDate;

/** A person as the civil registry records them. */
public record Resident(
        String nik,
        String kkNumber,
        String name,
        LocalDate birthDate,
        Sex sex,
        String villageCode,
        Status status,
        LocalDate diedOn,
        String movedToCode,
        boolean hasEktp) {

    public enum Status {
        ALIVE,
        DECEASED,
        /** Moved out of the village of registration; {@code movedToCode} says where to. */
        MOVED_OUT
    }
}
