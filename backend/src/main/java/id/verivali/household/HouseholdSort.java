package id.verivali.household;

import id.verivali.common.web.InvalidFieldException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/**
 * The orders a household list may be sorted in, by the names the query string uses. A whitelist: the column names of
 * the query never come from the request. Each ends on the id, so that pages never overlap.
 */
enum HouseholdSort {
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

    /** The order a {@code sort} parameter asks for: a name, descending with a leading '-'; village when absent. */
    static Sort parse(String requested) {
        if (requested == null || requested.isBlank()) {
            return VILLAGE.sort(Sort.Direction.ASC);
        }
        boolean descending = requested.startsWith("-");
        String name = descending ? requested.substring(1) : requested;
        return Arrays.stream(values())
                .filter(order -> order.parameter.equals(name))
                .findFirst()
                .map(order -> order.sort(descending ? Sort.Direction.DESC : Sort.Direction.ASC))
                .orElseThrow(() -> new InvalidFieldException("sort", "sort.unknown", allowed()));
    }

    private static String allowed() {
        return Arrays.stream(values()).map(order -> order.parameter).collect(Collectors.joining(", "));
    }

    private Sort sort(Sort.Direction direction) {
        return JpaSort.unsafe(direction, columns);
    }
}
