package id.verivali.changerequest;

import id.verivali.common.web.InvalidFieldException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * The orders a change list may be sorted in, by the names the query string uses: a whitelist of the entity's
 * properties, each ending on the id so that pages never overlap. Newest first when none is asked for.
 */
enum ChangeSort {
    PROPOSED("proposed", "proposedAt"),
    DUE("due", "dueDate"),
    NUMBER("number", "number"),
    VILLAGE("village", "villageCode");

    private final String parameter;
    private final String property;

    ChangeSort(String parameter, String property) {
        this.parameter = parameter;
        this.property = property;
    }

    /** The order a {@code sort} parameter asks for: a name, descending with a leading '-'; newest first when absent. */
    static Sort parse(String requested) {
        if (requested == null || requested.isBlank()) {
            return PROPOSED.sort(Sort.Direction.DESC);
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
        return Sort.by(new Sort.Order(direction, property), new Sort.Order(direction, "id"));
    }
}
