package id.verivali.household;

import id.verivali.common.web.SortParameter;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/**
 * The orders a household list may be sorted in, by the names the query string uses. A whitelist: the column names of
 * the query never come from the request. Each ends on the id, so that pages never overlap.
 */
enum HouseholdSort implements SortParameter.Order {
    VILLAGE("village", "h.villageCode", "h.rw", "h.rt", "h.id"),
    HEAD_NAME("headName", "head.name", "h.id"),
    ADDRESS("address", "h.address", "h.id"),
    REGISTERED("registered", "h.id");

    private final String parameter;
    private final String[] columns;

    HouseholdSort(String parameter, String... columns) {
        this.parameter = parameter;
        this.columns = columns;
    }

    /** The order a {@code sort} parameter asks for; by village when absent. */
    static Sort parse(String requested) {
        return SortParameter.parse(requested, values(), VILLAGE.sort(Sort.Direction.ASC));
    }

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
    public Sort sort(Sort.Direction direction) {
        return JpaSort.unsafe(direction, columns);
    }
}
