package id.verivali.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class DatabaseUnavailableTest {

    @Test
    void a_pool_time_out_or_a_lost_connection_anywhere_in_the_causes_is_the_database_away() {
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException(
                        "no connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))))
                .isTrue();
        // Connector/J's communications failure, as the engine wraps it.
        assertThat(DatabaseUnavailable.causedBy(
                        new RuntimeException("ENGINE-03004", new SQLException("Communications link failure", "08S01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Server shutdown in progress", "08S01", 1053)))
                .isTrue();
        // The connection lost mid-transaction: its rollback fails on the connection the pool has closed.
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .isTrue();
        // Lost while a batch was on its way: the driver closed the statement with the connection, and says only that.
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new RuntimeException(
                        "could not execute batch",
                        new SQLException(
                                "No operations allowed after statement closed.",
                                "S1009",
                                new com.mysql.cj.exceptions.StatementIsClosedException(
                                        "No operations allowed after statement closed."))))))
                .isTrue();
    }

    @Test
    void a_refused_write_or_a_bug_is_not() {
        assertThat(DatabaseUnavailable.causedBy(
                        new DataIntegrityViolationException("duplicate", new SQLException("Duplicate entry", "23000"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug")))
                .isFalse();
    }

    @Test
    void the_filter_answers_503_with_retry_after_when_the_session_cannot_be_read() throws Exception {
        var filter = new DatabaseUnavailableFilter(problemWriter());
        var request = new MockHttpServletRequest("GET", "/api/me");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (in, out) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"status\":503", "The database cannot be reached", "\"instance\":\"/api/me\"");
    }

    @Test
    void the_filter_lets_any_other_failure_through() {
        var filter = new DatabaseUnavailableFilter(problemWriter());

        assertThatThrownBy(() -> filter.doFilter(
                        new MockHttpServletRequest("GET", "/api/me"), new MockHttpServletResponse(), (in, out) -> {
                            throw new ServletException("bug");
                        }))
                .isInstanceOf(ServletException.class)
                .hasMessage("bug");
    }

    private static ProblemWriter problemWriter() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ProblemWriter(new ObjectMapper(), messages, new FixedLocaleResolver(Locale.ENGLISH));
    }
}
