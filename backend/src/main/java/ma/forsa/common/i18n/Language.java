package ma.forsa.common.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages Forsa answers in. A caller names its own with {@code Accept-Language} (the SPA sends the one the
 * person chose); a caller that names none of them, such as a third-party system, reads English.
 */
public enum Language {
    AR(Locale.forLanguageTag("ar")),
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    public static final Language DEFAULT = EN;

    public final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The first of the caller's acceptable languages (most preferred first) that Forsa speaks. */
    public static Language of(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale wanted : acceptable) {
                for (Language language : values()) {
                    if (language.locale.getLanguage().equals(wanted.getLanguage())) {
                        return language;
                    }
                }
            }
        }
        return DEFAULT;
    }

    /** The same, from the raw header (a malformed one counts as none). */
    public static Language ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale> locales = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
            return of(locales);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}
