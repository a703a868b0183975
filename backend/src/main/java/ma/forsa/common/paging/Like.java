package ma.forsa.common.paging;

/** LIKE patterns from user text, with the wildcards escaped ({@code escape '!'}). */
public final class Like {

    private Like() {}

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** Text at the start: can use an index. */
    public static String prefix(String text) {
        return escape(text) + "%";
    }

    private static String escape(String text) {
        return text.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
