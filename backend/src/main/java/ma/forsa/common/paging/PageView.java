package ma.forsa.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;

/** The envelope of every list: {@code {items, page, size, totalItems, totalPages}}. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageView<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> toView) {
        long total = query.count();
        List<T> items = query.page(Page.of(params.page, params.size)).list().stream()
                .map(toView)
                .toList();
        return new PageView<>(items, params.page, params.size, total, totalPages(total, params.size));
    }

    /** The same page with its items shown another way (completed with what another query found). */
    public <U> PageView<U> withItems(List<U> shown) {
        return new PageView<>(shown, page, size, totalItems, totalPages);
    }

    /** A complete, short reference list (communes, directorates) in the same envelope. */
    public static <T> PageView<T> all(List<T> items) {
        return new PageView<>(items, 0, Math.max(items.size(), 1), items.size(), items.isEmpty() ? 0 : 1);
    }

    private static int totalPages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }
}
