package id.verivali.common.tally;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Counts kept per village in tables of a tally's own, counted again from the rows of the villages its {@link
 * VillageMarks} marked: by every reader for its region first, and by {@link TallyRefresher} for the whole country.
 */
public abstract class VillageTally {

    private final MarkedVillages marked;

    protected VillageTally(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, String markTable) {
        this.marked = new MarkedVillages(jdbc, transactions, markTable);
    }

    /** Counts again the marked villages under a region (the country when null), committed before this returns. */
    public void refresh(String regionCode) {
        marked.recount(regionCode, this::recount);
    }

    public void refreshAll() {
        refresh(null);
    }

    /** Replaces the kept counts of some villages by what their rows count now, in the caller's transaction. */
    protected abstract void recount(List<String> villages);
}
