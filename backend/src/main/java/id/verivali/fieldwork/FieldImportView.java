package id.verivali.fieldwork;

import id.verivali.changerequest.FieldFinding;
import java.time.Instant;
import java.util.Map;

/**
 * An uploaded field sheet: before confirmation, what it would decide; after, what it decided and how many of those
 * decisions the engine is still applying (the progress to show).
 *
 * @param rows the sheet's rows that name a household
 * @param toDecide rows with a finding whose field check is still open: what confirming decides
 * @param byFinding the rows to decide (or decided) by finding
 * @param becomeRemovals changes that a finding turns into the household's removal
 * @param notVisited rows without a finding: nothing is decided for them
 * @param alreadyDecided rows whose field check is decided already (by an earlier upload of the same rows, say):
 *     nothing is decided twice
 * @param sameFileConfirmedAt when this village confirmed an import of the very same file before, if it did
 * @param applying decisions confirmed that the engine has still to apply
 */
public record FieldImportView(
        long id,
        String status,
        String filename,
        String sha256,
        int rows,
        int toDecide,
        Map<FieldFinding, Integer> byFinding,
        int becomeRemovals,
        int notVisited,
        int alreadyDecided,
        Instant sameFileConfirmedAt,
        int applying,
        String uploadedBy,
        Instant uploadedAt,
        Instant confirmedAt) {}
