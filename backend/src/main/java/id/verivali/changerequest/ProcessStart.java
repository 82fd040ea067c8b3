package id.verivali.changerequest;

/**
 * What a change's process starts with.
 *
 * @param number the change request's number, the process instance's business key
 * @param personsToMatch the people the civil-registry check matches, as JSON text:
 *     {@code [{"nik":"6112046205900001","name":"Siti Aminah","birthDate":"1990-05-22"}]}. The process keeps it as a
 *     JSON variable, which any external-task client reads as that text (type {@code Json}).
 */
public record ProcessStart(
        String number,
        ChangeType type,
        String villageCode,
        String subdistrictCode,
        String districtCode,
        String personsToMatch) {}
