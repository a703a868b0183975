package ma.forsa.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What the API says to people, in Arabic, French or English: the bundles {@code i18n/messages[_fr|_ar].properties}
 * hold every {@link Message}, the title of every problem type ({@code title.NAME}) and the label of every value of
 * an enum that a message names ({@code enum.Type.VALUE}), so a person never reads an internal name.
 * Arguments are placed at {@code {0}}, {@code {1}} …: an enum by its label, a date as the language writes it,
 * a {@link Sentence} in the same language, a list joined.
 */
public final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Map<Language, Properties> BUNDLES = new EnumMap<>(Language.class);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static {
        for (Language language : Language.values()) {
            BUNDLES.put(language, load(fileOf(language)));
        }
    }

    private Messages() {}

    /** The bundle file of a language, as a resource path (the tests read each one on its own). */
    public static String fileOf(Language language) {
        return language == Language.EN
                ? "i18n/messages.properties"
                : "i18n/messages_" + language.name().toLowerCase() + ".properties";
    }

    public static String text(Language language, Message message, Object... args) {
        return format(language, raw(language, message.name()), args);
    }

    public static String title(Language language, String problemTypeName) {
        return raw(language, "title." + problemTypeName);
    }

    public static String label(Language language, Enum<?> value) {
        return find(language, labelKey(value)).orElseGet(() -> {
            LOG.warnf("No %s label for %s", language, labelKey(value));
            return value.name();
        });
    }

    /** {@code enum.Type.VALUE}, or {@code enum.Outer.Type.VALUE} for a nested enum such as ImportJob.Status. */
    public static String labelKey(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getEnclosingClass() == null
                ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return "enum." + name + "." + value.name();
    }

    public static Optional<String> find(Language language, String key) {
        return Optional.ofNullable(BUNDLES.get(language).getProperty(key))
                .or(() -> Optional.ofNullable(BUNDLES.get(Language.EN).getProperty(key)));
    }

    private static String raw(Language language, String key) {
        return find(language, key).orElseThrow(() -> new IllegalStateException("no message " + key));
    }

    private static String format(Language language, String pattern, Object[] args) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String value = index < args.length ? render(language, args[index]) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String render(Language language, Object arg) {
        if (arg instanceof Sentence text) {
            return text.in(language);
        }
        if (arg instanceof Enum<?> value) {
            return label(language, value);
        }
        if (arg instanceof LocalDate day) {
            return language == Language.EN ? day.toString() : DAY_FIRST.format(day);
        }
        if (arg instanceof java.math.BigDecimal amount) {
            // Morocco writes a decimal comma in French and Arabic
            String plain = amount.toPlainString();
            return language == Language.EN ? plain : plain.replace('.', ',');
        }
        if (arg instanceof Collection<?> items) {
            // sentences (the rules an agreement still misses) are separated more strongly than words
            boolean sentences = !items.isEmpty() && items.stream().allMatch(Sentence.class::isInstance);
            String separator = switch (language) {
                case AR -> sentences ? "؛ " : "، ";
                case FR -> sentences ? " ; " : ", ";
                case EN -> sentences ? "; " : ", ";
            };
            return items.stream().map(item -> render(language, item)).collect(Collectors.joining(separator));
        }
        return String.valueOf(arg);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
