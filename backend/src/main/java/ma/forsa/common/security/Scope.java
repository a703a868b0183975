package ma.forsa.common.security;

import org.hibernate.Session;

/**
 * The part of the data a caller may see: always one directorate, and for association staff
 * one association. Applied to every query of a {@link CallerScoped} service as Hibernate
 * filters, so no repository or resource repeats it.
 */
public record Scope(String directorate, Long association) {

    /** Filter names; each scoped entity says with {@code @Filter} what they mean for its table. */
    public static final String DIRECTORATE_FILTER = "directorateScope";

    public static final String ASSOCIATION_FILTER = "associationScope";

    static final String NOWHERE = "-";
    static final long NO_ASSOCIATION = -1L;

    public boolean associationOnly() {
        return association != null;
    }

    /** Makes the session see only this scope's rows (requests and background jobs alike). */
    public void applyTo(Session session) {
        session.enableFilter(DIRECTORATE_FILTER).setParameter("directorate", directorate);
        if (associationOnly()) {
            session.enableFilter(ASSOCIATION_FILTER).setParameter("association", association);
        } else {
            session.disableFilter(ASSOCIATION_FILTER);
        }
    }
}
