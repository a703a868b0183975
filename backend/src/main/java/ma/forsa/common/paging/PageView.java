package ma.forsa.common.paging;

import java.util.List;
import java.util.function.Function;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every list: {@code {items, page, size, totalItems, totalPages, totalExact, next}}. */
public record PageView<T>(
        List<T> items,
        int page,
        int size,

        @Schema(
                description = "How many items match, counted on requests without a cursor: exact up to "
                        + Listing.COUNT_BOUND + ", beyond which it says " + Listing.COUNT_BOUND
                        + " and totalExact is false. Null on cursor pages (not counted).",
                nullable = true)
        Long totalItems,

        @Schema(description = "Pages of `size` in totalItems; null on cursor pages", nullable = true)
        Integer totalPages,

        @Schema(description = "False when totalItems is a lower bound (more matched than were counted)")
        boolean totalExact,

        @Schema(
                description =
                        "Cursor of the page that follows this one (send it as `cursor`), null on the" + " last page",
                nullable = true)
        String next) {

    /**
     * A page of the listing: by offset ({@code page}, counted within {@link Listing#COUNT_BOUND}) or after a cursor
     * (not counted); the rows are shown together, so a page's details come in one query, not one per row.
     */
    public static <E, T> PageView<T> of(Listing<E> listing, PageParams params, Function<List<E>, List<T>> show) {
        Long total = null;
        List<E> rows;
        if (params.cursor != null) {
            if (params.page != 0) {
                throw ApiProblem.invalid("cursor", Message.CURSOR_WITH_PAGE);
            }
            rows = listing.after(Cursor.read(listing, params.cursor)).rows(0, params.size);
        } else {
            total = listing.countUpTo(Listing.COUNT_BOUND);
            rows = total == 0 ? List.of() : listing.rows(params.page * params.size, params.size);
        }
        boolean more = rows.size() > params.size;
        List<E> shown = more ? rows.subList(0, params.size) : rows;
        String next = more ? Cursor.of(listing, shown.get(shown.size() - 1)) : null;
        boolean exact = total == null || total <= Listing.COUNT_BOUND;
        Long counted = total == null ? null : Math.min(total, Listing.COUNT_BOUND);
        return new PageView<>(
                show.apply(shown),
                params.cursor != null ? 0 : params.page,
                params.size,
                counted,
                counted == null ? null : totalPages(counted, params.size),
                exact,
                next);
    }

    /** The same, each row shown on its own (nothing more to read for it). */
    public static <E, T> PageView<T> each(Listing<E> listing, PageParams params, Function<E, T> show) {
        return of(listing, params, rows -> rows.stream().map(show).toList());
    }

    /** A page read without a keyset (an import's rows, kept in the order of the file) whose total is known exactly. */
    public static <T> PageView<T> counted(List<T> items, PageParams params, long total) {
        if (params.cursor != null) {
            throw ApiProblem.invalid("cursor", Message.CURSOR_INVALID);
        }
        return new PageView<>(items, params.page, params.size, total, totalPages(total, params.size), true, null);
    }

    /** The same page with its items shown another way (completed with what another query found). */
    public <U> PageView<U> withItems(List<U> shown) {
        return new PageView<>(shown, page, size, totalItems, totalPages, totalExact, next);
    }

    /** A complete, short reference list (communes, directorates) in the same envelope. */
    public static <T> PageView<T> all(List<T> items) {
        return new PageView<>(
                items, 0, Math.max(items.size(), 1), (long) items.size(), items.isEmpty() ? 0 : 1, true, null);
    }

    private static int totalPages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }
}
