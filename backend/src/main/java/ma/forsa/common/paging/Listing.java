package ma.forsa.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a list asks of its table: the rows (a Panache condition and its named parameters) and their order, which
 * ends with {@code id} so that every row has one place. {@link PageView#of(Listing, PageParams,
 * java.util.function.Function)} turns it into a page, by offset or by keyset ({@link Cursor}), and counts it within
 * a bound.
 */
public record Listing<E>(
        PanacheRepositoryBase<E, Long> repository,
        Class<E> type,
        String where,
        Map<String, Object> params,
        List<Sort.Column> order) {

    /**
     * Rows counted at most: beyond, {@code totalItems} says this many and {@code totalExact} is false. Counting walks
     * the list's index up to here on every first page: at 10,000 the count was most of a large list's cost (23 ms of
     * MariaDB's time for a common name in a directorate of 667,000 learners, against 1 ms for the page itself).
     */
    public static final int COUNT_BOUND = 1_000;

    public static <E> Listing<E> of(
            PanacheRepositoryBase<E, Long> repository, Class<E> type, String where, Sort sort, Parameters params) {
        List<Sort.Column> order = new ArrayList<>(sort.getColumns());
        Sort.Column last = order.get(order.size() - 1);
        if (!last.getName().equals("id")) {
            order.add(new Sort.Column("id", last.getDirection()));
        }
        return new Listing<>(repository, type, where, new HashMap<>(params.map()), List.copyOf(order));
    }

    Sort sort() {
        Sort sort = null;
        for (Sort.Column column : order) {
            sort = sort == null
                    ? Sort.by(column.getName(), column.getDirection())
                    : sort.and(column.getName(), column.getDirection());
        }
        return sort;
    }

    /** The rows after the cursor's, as a condition on the order's columns (the index walks from there). */
    Listing<E> after(Cursor.Position position) {
        Map<String, Object> all = new HashMap<>(params);
        String condition = after(position, 0, all);
        return new Listing<>(repository, type, "(" + where + ") and " + condition, all, order);
    }

    private String after(Cursor.Position position, int i, Map<String, Object> all) {
        Sort.Column column = order.get(i);
        String name = column.getName();
        boolean descending = column.getDirection() == Sort.Direction.Descending;
        Object value = position.values().get(i);
        String param = "after" + i;
        if (i == order.size() - 1) {
            all.put(param, value);
            return name + (descending ? " < :" : " > :") + param;
        }
        String rest = after(position, i + 1, all);
        if (value == null) {
            // MariaDB sorts nulls first: ascending, every non-null value follows; descending, only nulls do
            return descending
                    ? "(" + name + " is null and " + rest + ")"
                    : "((" + name + " is null and " + rest + ") or " + name + " is not null)";
        }
        all.put(param, value);
        String beyond = name
                + (descending ? " < :" : " > :")
                + param
                + (descending && position.nullable().get(i) ? " or " + name + " is null" : "");
        return "(" + beyond + " or (" + name + " = :" + param + " and " + rest + "))";
    }

    /**
     * How many rows match, counting at most {@code bound} + 1 of them: MariaDB walks the list's index in the list's
     * order and stops there, and only the count comes back (not the ids: ten thousand of them cost the app more
     * than the page).
     */
    long countUpTo(int bound) {
        String entity =
                repository.getEntityManager().getMetamodel().entity(type).getName();
        // Hibernate wants an order for a limit in a subquery: the list's, without its tie-break by id, which more
        // indexes give (learners by name: the index of directorate, name and birth date walks in name order too);
        // selecting a constant keeps Hibernate from ordering by position
        List<Sort.Column> leading = order.size() > 1 ? order.subList(0, order.size() - 1) : order;
        String orderBy = leading.stream()
                .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", "));
        var query = repository
                .getEntityManager()
                .createQuery(
                        "select count(*) from (select 1 as one from " + entity + " where " + where + " order by "
                                + orderBy + " limit " + (bound + 1) + ") bounded",
                        Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The rows from {@code first}, one more than a page (to know whether another follows). */
    List<E> rows(int first, int size) {
        return repository.find(where, sort(), params).range(first, first + size).list();
    }
}
