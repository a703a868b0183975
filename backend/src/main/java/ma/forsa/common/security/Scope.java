package ma.forsa.common.security;

import java.util.List;
import org.hibernate.Session;

/**
 * The part of the data a caller may see: the directorates it reads (its own; for an academy analyst every
 * directorate of the academy), the one it works for (none for the academy), and for association staff one
 * association. Applied to every query of a {@link CallerScoped} service as Hibernate filters, so no repository or
 * resource repeats it.
 */
public record Scope(String directorate, Long association, List<String> readable) {

    /** Filter names; each scoped entity says with {@code @Filter} what they mean for its table. */
    public static final String DIRECTORATE_FILTER = "directorateScope";

    public static final String ASSOCIATION_FILTER = "associationScope";

    public static final String NOWHERE = "-";
    static final long NO_ASSOCIATION = -1L;

    /** The scope of someone who works for one directorate (and reads only it). */
    public Scope(String directorate, Long association) {
        this(directorate, association, List.of(directorate));
    }

    /** An academy analyst's: reads its directorates, works for none. */
    static Scope reading(List<String> directorates) {
        return new Scope(NOWHERE, null, directorates.isEmpty() ? List.of(NOWHERE) : List.copyOf(directorates));
    }

    public boolean associationOnly() {
        return association != null;
    }

    /** Makes the session see only this scope's rows (requests and background jobs alike). */
    public void applyTo(Session session) {
        session.enableFilter(DIRECTORATE_FILTER).setParameterList("directorates", readable);
        if (associationOnly()) {
            session.enableFilter(ASSOCIATION_FILTER).setParameter("association", association);
        } else {
            session.disableFilter(ASSOCIATION_FILTER);
        }
    }
}
