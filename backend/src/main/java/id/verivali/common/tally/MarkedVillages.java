package id.verivali.common.tally;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The villages a mark table ({@link VillageMarks}) holds, handed to a tally to count again, a batch at a time, each
 * batch in a transaction of its own committed before {@link #recount} returns. A batch's marks are locked first, so
 * that two passes over the same village (a background one and a reader's) count it one after the other, and a mark
 * written meanwhile stays for the next pass; the tally then deletes nothing but the marks it was handed.
 */
public final class MarkedVillages {

    /** Villages counted in one transaction: a large kecamatan's, a few seconds' work at most. */
    private static final int VILLAGES_PER_TRANSACTION = 50;

    private static final int VILLAGE_CODE_LENGTH = "61.12.04.2002".length();
    private static final int IN_LIST = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String markTable;

    public MarkedVillages(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, String markTable) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.markTable = markTable;
    }

    /**
     * Hands every marked village under a region (the whole country when null) to {@code recount}, which counts them
     * again from the rows and replaces their tally; their marks are deleted in the same transaction.
     */
    public void recount(String regionCode, Consumer<List<String>> recount) {
        var params = new MapSqlParameterSource();
        String where;
        if (regionCode == null) {
            where = "1 = 1";
        } else if (regionCode.length() == VILLAGE_CODE_LENGTH) {
            where = "village_code = :region";
            params.addValue("region", regionCode);
        } else {
            where = "village_code like :under";
            params.addValue("under", regionCode + ".%");
        }
        var marked = jdbc.queryForList(
                "select distinct village_code from %s where %s order by village_code".formatted(markTable, where),
                params,
                String.class);
        for (int from = 0; from < marked.size(); from += VILLAGES_PER_TRANSACTION) {
            var candidates = marked.subList(from, Math.min(from + VILLAGES_PER_TRANSACTION, marked.size()));
            ownTransaction.executeWithoutResult(status -> recountMarked(candidates, recount));
        }
    }

    private void recountMarked(List<String> candidates, Consumer<List<String>> recount) {
        var marks = jdbc.query(
                "select id, village_code from %s where village_code in (:villages) for update".formatted(markTable),
                new MapSqlParameterSource("villages", candidates),
                (row, i) -> new Mark(row.getLong(1), row.getString(2)));
        if (marks.isEmpty()) {
            return;
        }
        recount.accept(marks.stream().map(Mark::villageCode).distinct().sorted().toList());
        var ids = marks.stream().map(Mark::id).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            jdbc.update(
                    "delete from %s where id in (:ids)".formatted(markTable),
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(from + IN_LIST, ids.size()))));
        }
    }

    private record Mark(long id, String villageCode) {}
}
