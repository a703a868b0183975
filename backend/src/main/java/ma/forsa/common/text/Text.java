package ma.forsa.common.text;

/** Free text as the API stores it: trimmed, and blank means absent. */
public final class Text {

    private Text() {}

    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
