package id.verivali.household;

import java.time.LocalDate;

/** A person as the civil-registry check matches them: NIK, name and birth date. */
public record PersonToMatch(String nik, String name, LocalDate birthDate) {}
