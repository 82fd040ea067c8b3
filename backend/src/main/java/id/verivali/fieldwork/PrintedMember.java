package id.verivali.fieldwork;

import id.verivali.household.Relationship;
import id.verivali.household.Sex;
import java.time.LocalDate;

/** A household member as a printed field sheet lists them: the NIK masked, as on every list that goes out. */
public record PrintedMember(String name, String nikMasked, Relationship relationship, Sex sex, LocalDate birthDate) {}
