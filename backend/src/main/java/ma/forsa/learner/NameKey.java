package ma.forsa.learner;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two spellings of one name share, for duplicate detection. Arabic: alef and hamza
 * forms, taa marbuta/haa, alef maqsura/yaa are folded, diacritics and tatweel removed. Latin:
 * case and accents folded. Spaces and punctuation are collapsed in both.
 */
public final class NameKey {

    private static final Pattern ARABIC_MARKS =
            Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {}

    public static String of(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(' ').append(part);
            }
        }
        String text = joined.toString();
        if (text.isBlank()) {
            return null;
        }
        text = ARABIC_MARKS.matcher(text).replaceAll("");
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(foldArabic(text.charAt(i)));
        }
        String latin = COMBINING
                .matcher(Normalizer.normalize(folded, Normalizer.Form.NFD))
                .replaceAll("");
        return SEPARATORS
                .matcher(latin.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /** The distinct words of the keys of these names, each cut to 100 characters. */
    public static java.util.Set<String> tokens(String... names) {
        java.util.Set<String> tokens = new java.util.TreeSet<>();
        String key = of(names);
        if (key != null) {
            for (String word : key.split(" ")) {
                if (!word.isEmpty()) {
                    tokens.add(word.length() > 100 ? word.substring(0, 100) : word);
                }
            }
        }
        return tokens;
    }

    private static char foldArabic(char c) {
        return switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> '\u0627'; // أ إ آ ٱ → ا
            case '\u0624' -> '\u0648'; // ؤ → و
            case '\u0626', '\u0649', '\u06CC' -> '\u064A'; // ئ ى ی → ي
            case '\u0629' -> '\u0647'; // ة → ه
            case '\u0621' -> ' '; // a lone hamza is dropped
            case '\u06A9' -> '\u0643'; // ک → ك
            default -> c;
        };
    }
}
