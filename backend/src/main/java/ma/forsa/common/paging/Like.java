package ma.forsa.common.paging;

/** LIKE patterns from user text, with the wildcards escaped ({@code escape '!'}). */
public final class Like {

    private Like() {
    }

    public static String contains(String text) {
        String escaped = text.trim()
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
