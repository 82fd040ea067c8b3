package id.verivali.resident;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tracking codes such as {@code USL-7K3M-9QX2}: the kind, then 40 random bits in Crockford's base 32, which has no I,
 * L, O or U to misread over the phone. A code alone shows nothing (tracking asks the resident's NIK too), and the
 * lookup limit keeps anyone from trying codes: 2^40 of them, a few thousand in use.
 */
@Component
class TrackingCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int GROUP = 4;

    private final SecureRandom random = new SecureRandom();
    private final ResidentSubmissionRepository submissions;

    TrackingCodes(ResidentSubmissionRepository submissions) {
        this.submissions = submissions;
    }

    /** A code no submission has yet. */
    String next(SubmissionKind kind) {
        String code;
        do {
            code = kind.codePrefix + "-" + group() + "-" + group();
        } while (submissions.existsByTrackingCode(code));
        return code;
    }

    private String group() {
        var group = new StringBuilder(GROUP);
        for (int i = 0; i < GROUP; i++) {
            group.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return group.toString();
    }

    /**
     * A code as typed, in any case, with or without dashes and spaces, read as Crockford reads it (I and L are 1, O is
     * 0); empty when it cannot be one.
     */
    static Optional<String> normalized(String typed) {
        String plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (plain.length() != 3 + 2 * GROUP) {
            return Optional.empty();
        }
        String prefix = plain.substring(0, 3);
        String body = plain.substring(3).replace('I', '1').replace('L', '1').replace('O', '0');
        if (!prefix.equals(SubmissionKind.PROPOSAL.codePrefix) && !prefix.equals(SubmissionKind.OBJECTION.codePrefix)
                || !body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(prefix + "-" + body.substring(0, GROUP) + "-" + body.substring(GROUP));
    }
}
