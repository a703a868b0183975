package ma.forsa.common.paging;

import io.quarkus.panache.common.Sort;

/**
 * The order a person asks a list in: a field the list offers ({@code ?sort=NAME}) and a direction
 * ({@code &direction=DESC}); ties are broken by id in the same direction, so pages never overlap.
 */
public final class Sorting {

    /** A field a list may be ordered by, and the entity path it orders. */
    public interface Field {
        String path();
    }

    public enum Direction {
        ASC,
        DESC
    }

    private Sorting() {}

    /** The order asked for, or the list's own when none is. */
    public static Sort of(Field field, Direction direction, Sort otherwise) {
        if (field == null) {
            return otherwise;
        }
        Sort.Direction d = direction == Direction.DESC ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(field.path(), d).and("id", d);
    }
}
