package ma.forsa.common.security;

/**
 * Realm roles of the Keycloak realm "forsa", and the sets of them that operations allow. A set is written once, in
 * {@code forsa.roles.*} ({@link RoleSets}); {@code @RolesAllowed} names it by one of the expressions below.
 */
public final class Roles {
    public static final String DIRECTORATE_ADMIN = "directorate-admin";
    public static final String DIRECTORATE_STAFF = "directorate-staff";
    public static final String ASSOCIATION_STAFF = "association-staff";
    public static final String ACADEMY_ANALYST = "academy-analyst";
    public static final String API_CLIENT = "api-client";

    /*
     * Grants of a third-party system: roles of the client "forsa-backend" (the API's audience) given to the system's
     * service account in the realm, read from resource_access/forsa-backend/roles. A system also has the realm role
     * api-client (its scope and rate); what it may call is what it is granted.
     */

    /** A system granted the statistics (aggregates only). */
    public static final String GRANT_STATISTICS = "statistics";

    /** A system granted the directorate's records: agreements, centres, campaigns, caravans, placements, the feed. */
    public static final String GRANT_SYNC = "sync";

    /** A system granted children's personal data too (learners and identified children in the change feed). */
    public static final String GRANT_PERSONAL_DATA = "personal-data";

    /** Who follows the change feed: systems granted sync. */
    public static final String SYNC = "${forsa.roles.sync}";

    /** Who registers webhooks and reads their deliveries: the directorate's admin, and systems granted sync. */
    public static final String WEBHOOKS = "${forsa.roles.webhooks}";

    /** The directorate's own staff: its admins and staff. */
    public static final String DIRECTORATE = "${forsa.roles.directorate}";

    /** The people who work with learners: the directorate's staff and the associations'. */
    public static final String PEOPLE = "${forsa.roles.people}";

    /** The same, and third-party systems (which never read a child's data). */
    public static final String PEOPLE_AND_SYSTEMS = "${forsa.roles.people-and-systems}";

    /** Who reads statistics: the directorate, the academy and third-party systems. */
    public static final String STATISTICS = "${forsa.roles.statistics}";

    /** Everyone who works with the directorate: its people, the academy and third-party systems (outreach). */
    public static final String EVERYONE = "${forsa.roles.everyone}";

    private Roles() {}
}
