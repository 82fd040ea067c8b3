package id.verivali.common.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * A list's {@code sort} query parameter read against a whitelist of orders: a name, descending with a leading '-'. An
 * unknown name is a 400 naming {@code sort} with the names allowed; what is sorted on never comes from the request.
 */
public final class SortParameter {

    /** One order a list may be sorted in, under the name the query string uses. */
    public interface Order {

        String parameter();

        Sort sort(Sort.Direction direction);
    }

    /** The order {@code requested} asks for, or {@code fallback} when it asks for none. */
    public static Sort parse(String requested, Order[] orders, Sort fallback) {
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        boolean descending = requested.startsWith("-");
        String name = descending ? requested.substring(1) : requested;
        return Arrays.stream(orders)
                .filter(order -> order.parameter().equals(name))
                .findFirst()
                .map(order -> order.sort(descending ? Sort.Direction.DESC : Sort.Direction.ASC))
                .orElseThrow(() -> new InvalidFieldException(
                        "sort",
                        "sort.unknown",
                        Arrays.stream(orders).map(Order::parameter).collect(Collectors.joining(", "))));
    }

    private SortParameter() {}
}
