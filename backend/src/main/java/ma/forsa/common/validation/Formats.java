package ma.forsa.common.validation;

/**
 * The formats that several inputs share, each with the {@link ma.forsa.common.i18n.Message} that words its refusal
 * ({@link Violations} reads the name between the braces).
 */
public final class Formats {

    public static final String SCHOOL_YEAR = "^\\d{4}/\\d{4}$";
    public static final String SCHOOL_YEAR_MESSAGE = "{FORMAT_SCHOOL_YEAR}";

    public static final String PHONE = "^\\+?[0-9 ()\\-]{6,30}$";
    public static final String PHONE_MESSAGE = "{FORMAT_PHONE}";

    /** A MASSAR code: a letter and nine digits. */
    public static final String MASSAR = "^[A-Za-z][0-9]{9}$";

    public static final String MASSAR_MESSAGE = "{FORMAT_MASSAR}";

    /** An ISO 3166 alpha-2 country code. */
    public static final String COUNTRY = "^[A-Z]{2}$";

    public static final String COUNTRY_MESSAGE = "{FORMAT_COUNTRY}";

    private Formats() {}
}
