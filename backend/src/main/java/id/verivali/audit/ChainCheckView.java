package id.verivali.audit;

import java.time.Instant;

/**
 * The result of a check of the whole chain: valid with the last row's id and hash, or broken at its first broken row
 * with the problem found there, and nothing of the row's content.
 *
 * @param checked how many rows, from the first, were found intact
 */
record ChainCheckView(
        boolean valid,
        long checked,
        Long lastId,
        String lastHash,
        Long firstBrokenId,
        ChainProblem problem,
        Instant checkedAt) {

    static ChainCheckView intact(long checked, long lastId, String lastHash, Instant at) {
        return new ChainCheckView(true, checked, lastId, lastHash, null, null, at);
    }

    static ChainCheckView broken(long checked, long firstBrokenId, ChainProblem problem, Instant at) {
        return new ChainCheckView(false, checked, null, null, firstBrokenId, problem, at);
    }
}
