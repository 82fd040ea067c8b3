package id.verivali.household;

import java.time.LocalDate;

/**
 * A member as the registry holds them, removed ones included, with the full NIK: in a household's details and in the
 * audit trail's snapshot of a household (whose JSON keys are part of its contract).
 */
public record MemberView(
        Long id,
        String nik,
        String name,
        LocalDate birthDate,
        Sex sex,
        Relationship relationship,
        CivilRegistryStatus civilRegistryStatus,
        RecordStatus status,
        RemovalReason removalReason) {

    static MemberView of(Member member) {
        return new MemberView(
                member.id(),
                member.nik(),
                member.name(),
                member.birthDate(),
                member.sex(),
                member.relationship(),
                member.civilRegistryStatus(),
                member.status(),
                member.removalReason());
    }
}
