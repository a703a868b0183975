package ma.forsa.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns an import file may have, with the names associations use for them. */
public final class Columns {

    public static final String FIRST_NAME_AR = "first_name_ar";
    public static final String LAST_NAME_AR = "last_name_ar";
    public static final String FIRST_NAME_LATIN = "first_name_latin";
    public static final String LAST_NAME_LATIN = "last_name_latin";
    public static final String BIRTH_DATE = "birth_date";
    public static final String SEX = "sex";
    public static final String NATIONALITY = "nationality";
    public static final String MASSAR_CODE = "massar_code";
    public static final String GUARDIAN_NAME = "guardian_name";
    public static final String GUARDIAN_RELATION = "guardian_relation";
    public static final String GUARDIAN_PHONE = "guardian_phone";
    public static final String COMMUNE_CODE = "commune_code";
    public static final String ADDRESS = "address";
    public static final String LAST_GRADE = "last_grade_completed";
    public static final String YEAR_LEFT = "year_left_school";
    public static final String DROPOUT_REASON = "dropout_reason";
    public static final String DROPOUT_DETAIL = "dropout_reason_detail";
    public static final String CONSENT_BY = "consent_given_by";
    public static final String CONSENT_RELATION = "consent_relation";
    public static final String CONSENT_ON = "consent_given_on";
    public static final String CONSENT_PURPOSES = "consent_purposes";
    public static final String CENTRE_ID = "centre_id";
    public static final String SCHOOL_YEAR = "school_year";
    public static final String PROGRAMME = "programme";
    public static final String ENROLLED_ON = "enrolled_on";

    public static final List<String> ALL = List.of(
            FIRST_NAME_AR,
            LAST_NAME_AR,
            FIRST_NAME_LATIN,
            LAST_NAME_LATIN,
            BIRTH_DATE,
            SEX,
            NATIONALITY,
            MASSAR_CODE,
            GUARDIAN_NAME,
            GUARDIAN_RELATION,
            GUARDIAN_PHONE,
            COMMUNE_CODE,
            ADDRESS,
            LAST_GRADE,
            YEAR_LEFT,
            DROPOUT_REASON,
            DROPOUT_DETAIL,
            CONSENT_BY,
            CONSENT_RELATION,
            CONSENT_ON,
            CONSENT_PURPOSES,
            CENTRE_ID,
            SCHOOL_YEAR,
            PROGRAMME,
            ENROLLED_ON);

    public static final List<String> REQUIRED = List.of(FIRST_NAME_AR, LAST_NAME_AR, BIRTH_DATE, SEX);

    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        ALL.forEach(column -> ALIASES.put(fold(column), column));
        alias(FIRST_NAME_AR, "prenom_ar", "الاسم", "الاسم_الشخصي");
        alias(LAST_NAME_AR, "nom_ar", "النسب", "الاسم_العائلي");
        alias(FIRST_NAME_LATIN, "prenom", "firstname");
        alias(LAST_NAME_LATIN, "nom", "lastname");
        alias(BIRTH_DATE, "date_naissance", "date_de_naissance", "تاريخ_الازدياد");
        alias(SEX, "sexe", "الجنس");
        alias(NATIONALITY, "nationalite", "الجنسية");
        alias(MASSAR_CODE, "code_massar", "massar", "رمز_مسار");
        alias(GUARDIAN_NAME, "tuteur", "nom_tuteur", "ولي_الأمر");
        alias(GUARDIAN_RELATION, "lien_tuteur");
        alias(GUARDIAN_PHONE, "telephone_tuteur", "telephone", "الهاتف");
        alias(COMMUNE_CODE, "commune", "الجماعة");
        alias(ADDRESS, "adresse", "العنوان");
        alias(LAST_GRADE, "niveau", "dernier_niveau");
        alias(YEAR_LEFT, "annee_abandon");
        alias(DROPOUT_REASON, "motif_abandon");
        alias(DROPOUT_DETAIL, "motif_detail");
        alias(CENTRE_ID, "centre", "المركز");
        alias(SCHOOL_YEAR, "annee_scolaire", "الموسم_الدراسي");
        alias(ENROLLED_ON, "date_inscription");
    }

    private Columns() {}

    private static void alias(String column, String... names) {
        for (String name : names) {
            ALIASES.put(fold(name), column);
        }
    }

    /** The column a header means ("Date de naissance" → birth_date), or null when unknown. */
    public static String canonical(String header) {
        return ALIASES.get(fold(header));
    }

    private static String fold(String header) {
        return Normalizer.normalize(header == null ? "" : header.strip(), Normalizer.Form.NFD)
                .replaceAll("[\\u0300-\\u036f]", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-]+", "_");
    }
}
