package ma.forsa.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Rows counted at most: beyond, {@code totalItems} says this many and {@code totalExact} is false. */
    public static final int COUNT_BOUND = 10_000;

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

    /** How many rows match, counting at most {@link #COUNT_BOUND} + 1 of them (the ids, through the index). */
    long countUpTo(int bound) {
        var query = repository
                .getEntityManager()
                .createQuery(
                        "select id from "
                                + repository
                                        .getEntityManager()
                                        .getMetamodel()
                                        .entity(type)
                                        .getName() + " where " + where,
                        Long.class)
                .setMaxResults(bound + 1);
        params.forEach(query::setParameter);
        return query.getResultList().size();
    }

    /** The rows from {@code first}, one more than a page (to know whether another follows). */
    List<E> rows(int first, int size) {
        return repository.find(where, sort(), params).range(first, first + size).list();
    }
}
