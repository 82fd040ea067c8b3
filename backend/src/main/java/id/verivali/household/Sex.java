package id.verivali.household;

public enum Sex {
    MALE,
    FEMALE
}
