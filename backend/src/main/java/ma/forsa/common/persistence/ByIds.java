package ma.forsa.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The records of several ids in one query, keyed by id: how a page reads the details of all its rows at once
 * instead of one by one. The caller's scope applies (Hibernate's filters), so ids the caller may not see are absent.
 */
public final class ByIds {

    private ByIds() {}

    public static <E> Map<Long, E> of(
            PanacheRepositoryBase<E, Long> repository, Collection<Long> ids, Function<E, Long> idOf) {
        Map<Long, E> found = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.list("id in ?1", ids).forEach(e -> found.put(idOf.apply(e), e));
        }
        return found;
    }
}
