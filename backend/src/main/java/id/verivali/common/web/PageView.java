package id.verivali.common.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, numbered from 0. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <S, T> PageView<T> of(Page<S> page, Function<List<S>, List<T>> mapping) {
        return new PageView<>(
                mapping.apply(page.getContent()),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }
}
