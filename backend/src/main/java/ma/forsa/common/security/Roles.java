package ma.forsa.common.security;

/** Realm roles of the Keycloak realm "forsa". */
public final class Roles {
    public static final String DIRECTORATE_ADMIN = "directorate-admin";
    public static final String DIRECTORATE_STAFF = "directorate-staff";
    public static final String ASSOCIATION_STAFF = "association-staff";
    public static final String ACADEMY_ANALYST = "academy-analyst";
    public static final String API_CLIENT = "api-client";

    private Roles() {}
}
