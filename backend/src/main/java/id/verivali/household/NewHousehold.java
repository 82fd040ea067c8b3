package id.verivali.household;

import java.time.LocalDate;
import java.util.List;

/** A household to put on the registry, with its members; the first member is the head. */
public record NewHousehold(
        String kkNumber,
        String address,
        String rt,
        String rw,
        String villageCode,
        WelfareAttributes welfare,
        List<NewMember> members) {

    public record NewMember(String nik, String name, LocalDate birthDate, Sex sex, Relationship relationship) {}
}
