package ma.forsa.common.i18n;

import java.util.Arrays;

/** A sentence for a person, kept as its message and arguments until the reader's language is known. */
public record Sentence(Message message, Object[] args) {

    public static Sentence of(Message message, Object... args) {
        return new Sentence(message, args);
    }

    public String in(Language language) {
        return Messages.text(language, message, args);
    }

    /** English, for logs and exception messages. */
    @Override
    public String toString() {
        return in(Language.EN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sentence text && text.message == message && Arrays.equals(text.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * message.hashCode() + Arrays.hashCode(args);
    }
}
