package id.verivali.audit;

/** How a check of the chain found it broken, at the first row where it is. */
public enum ChainProblem {
    /** The row's hash is not the hash of its content and the previous row's hash: the row was edited. */
    HASH_MISMATCH,
    /** The row's previous_hash is not the previous row's hash: a row was edited or replaced before it. */
    BROKEN_LINK,
    /** No row carries this id, which the rows after it or the chain's head count: a row was deleted. */
    MISSING_ROW,
    /** The chain's head names another last row or hash than the last row there is. */
    HEAD_MISMATCH
}
