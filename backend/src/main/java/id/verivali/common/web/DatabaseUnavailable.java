package id.verivali.common.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that says the database cannot be reached (restarting, unreachable, or no connection free
 * within the pool's wait) rather than that the request was wrong: such a request is answered 503 with
 * {@code Retry-After}, and was not carried out, since its transaction never committed.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE class 08: connection exception (refused, lost, server shutting down). */
    private static final String CONNECTION_EXCEPTION = "08";

    /**
     * MySQL Connector/J's word for a statement or connection closed under a transaction still using it: the
     * connection was lost (the driver closed both), whatever SQLSTATE the failure that surfaces happens to carry.
     */
    private static final Set<String> CLOSED_UNDERNEATH = Set.of(
            "com.mysql.cj.exceptions.StatementIsClosedException",
            "com.mysql.cj.exceptions.ConnectionIsClosedException");

    /** How long a client should wait before trying again: the pool reconnects within seconds of the database. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {}

    /** Whether anything in the chain of causes says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (CLOSED_UNDERNEATH.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
            // A rollback that fails in JDBC: the connection went away mid-transaction (the pool has already closed
            // it), and the failure that led to the rollback is lost behind this one.
            if ((cause instanceof TransactionException || cause instanceof TransactionSystemException)
                    && cause.getCause() instanceof SQLException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
