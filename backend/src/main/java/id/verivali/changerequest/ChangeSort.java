package id.verivali.changerequest;

import id.verivali.common.web.SortParameter;
import org.springframework.data.domain.Sort;

/**
 * The orders a change list may be sorted in, by the names the query string uses: a whitelist of the entity's
 * properties, each ending on the id so that pages never overlap. Newest first when none is asked for.
 */
enum ChangeSort implements SortParameter.Order {
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

    /** The order a {@code sort} parameter asks for; newest first when absent. */
    static Sort parse(String requested) {
        return SortParameter.parse(requested, values(), PROPOSED.sort(Sort.Direction.DESC));
    }

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
    public Sort sort(Sort.Direction direction) {
        return Sort.by(new Sort.Order(direction, property), new Sort.Order(direction, "id"));
    }
}
