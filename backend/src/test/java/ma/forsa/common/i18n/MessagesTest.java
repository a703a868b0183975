package ma.forsa.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import ma.forsa.agreement.AgreementStatus;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.validation.Violations;
import ma.forsa.importing.ImportJob;
import ma.forsa.placement.Outcome;
import ma.forsa.placement.PlacementStatus;
import ma.forsa.programme.Programme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every sentence the API can say, every problem title and every value a message names has its words in Arabic,
 * French and English, with the same arguments; every Bean Validation constraint used in the code is worded.
 */
class MessagesTest {

    /** The enums whose values the messages name (by {@link Messages#label}). */
    static final List<Class<? extends Enum<?>>> NAMED_IN_MESSAGES = List.of(
            AgreementStatus.class,
            PlacementStatus.class,
            Programme.class,
            Outcome.class,
            ImportJob.Status.class,
            ma.forsa.campaign.CampaignStatus.class,
            ma.forsa.campaign.Channel.class,
            ma.forsa.cases.CaseStatus.class,
            // the exported statistics' column headers and labels
            ma.forsa.statistics.Dimension.class,
            ma.forsa.statistics.FunnelDimension.class,
            ma.forsa.learner.LearnerEnums.Sex.class);

    static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d+)}");

    static Properties bundle(Language language) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(Messages.fileOf(language))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void everyMessageTitleAndLabelIsWordedInTheLanguage(Language language) {
        Properties own = bundle(language);
        Properties english = bundle(Language.EN);
        List<String> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Stream.of(Message.values()).map(Message::name).forEach(keys::add);
        Stream.of(ProblemType.values()).map(t -> "title." + t.name()).forEach(keys::add);
        for (Class<? extends Enum<?>> type : NAMED_IN_MESSAGES) {
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add(Messages.labelKey(value));
            }
        }
        for (String key : keys) {
            String text = own.getProperty(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            } else {
                assertEquals(
                        placeholders(english.getProperty(key)),
                        placeholders(text),
                        language + " " + key + ": not the same arguments as in English");
            }
        }
        assertEquals(List.of(), missing, language + " lacks these words");
        Set<String> known = new TreeSet<>(keys);
        List<String> stray = own.stringPropertyNames().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .toList();
        assertEquals(List.of(), stray, language + " has words no code uses");
    }

    @Test
    void arabicIsWrittenInArabicAndFrenchIsNotEnglish() {
        Properties arabic = bundle(Language.AR);
        Properties french = bundle(Language.FR);
        Properties english = bundle(Language.EN);
        for (Message message : Message.values()) {
            String ar = arabic.getProperty(message.name());
            String en = english.getProperty(message.name());
            boolean technical = en.matches("[^A-Za-z]*(true or false|text|a list|an object|a number)[^A-Za-z]*");
            if (en.chars().anyMatch(Character::isLetter) && !message.name().startsWith("EXPECTED_")) {
                assertTrue(ar.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), message + " in Arabic: " + ar);
                assertFalse(!technical && en.equals(french.getProperty(message.name())), message + " in French: " + en);
            }
        }
    }

    @Test
    void argumentsAreWrittenAsTheLanguageWritesThem() {
        Sentence sentence = Sentence.of(
                Message.OUTSIDE_SCHOOL_YEAR, "2025/2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 31));
        assertEquals(
                "The date must fall within the school year 2025/2026 (2025-09-01 to 2026-07-31).",
                sentence.in(Language.EN));
        assertEquals(
                "La date doit tomber dans l’année scolaire 2025/2026 (du 01/09/2025 au 31/07/2026).",
                sentence.in(Language.FR));
        assertEquals(
                "يجب أن يقع التاريخ داخل الموسم الدراسي 2025/2026 (من 01/09/2025 إلى 31/07/2026).",
                sentence.in(Language.AR));
        Sentence move = Sentence.of(
                Message.AGREEMENT_MOVE_REFUSED,
                AgreementStatus.DRAFT,
                AgreementStatus.ACTIVE,
                List.of(AgreementStatus.SIGNED, AgreementStatus.CLOSED));
        assertEquals(
                "لا يمكن أن تنتقل الاتفاقية من حالة «مشروع» إلى حالة «سارية»؛ فمن حالة «مشروع» لا يمكن أن تنتقل إلا إلى: موقعة، مغلقة.",
                move.in(Language.AR));
        Sentence unmet = Sentence.of(
                Message.AGREEMENT_NOT_YET,
                AgreementStatus.SIGNED,
                List.of(Sentence.of(Message.AGREEMENT_NEEDS_SIGNING_DATE), Sentence.of(Message.AGREEMENT_NEEDS_PDF)));
        assertEquals(
                "The agreement cannot be \"Signed\" yet: it needs a signing date; it needs the signed PDF.",
                unmet.in(Language.EN));
    }

    @Test
    void theCallersLanguageIsTheFirstOfTheirsThatForsaSpeaks() {
        assertEquals(Language.AR, Language.ofHeader("ar-MA,fr;q=0.8"));
        assertEquals(Language.FR, Language.ofHeader("de-DE, fr-FR;q=0.7, ar;q=0.5"));
        assertEquals(Language.AR, Language.ofHeader("fr;q=0.4, ar;q=0.9"));
        assertEquals(Language.EN, Language.ofHeader("de"));
        assertEquals(Language.EN, Language.ofHeader(null));
        assertEquals(Language.EN, Language.ofHeader(";;;=="));
    }

    /** Every constraint on an input, a parameter or a list element of the code is one Violations words. */
    @Test
    void everyConstraintUsedInTheCodeIsWorded() throws IOException {
        Set<String> unworded = new TreeSet<>();
        Set<String> patternsWithoutWords = new TreeSet<>();
        int seen = 0;
        for (Class<?> type : applicationClasses()) {
            for (Annotation constraint : constraintsOf(type)) {
                seen++;
                if (!Violations.WORDED.contains(constraint.annotationType())) {
                    unworded.add(constraint.annotationType().getSimpleName() + " in " + type.getSimpleName());
                }
                if (constraint instanceof Pattern pattern
                        && Stream.of(Message.values())
                                .noneMatch(m -> ("{" + m.name() + "}").equals(pattern.message()))) {
                    patternsWithoutWords.add(pattern.regexp() + " in " + type.getSimpleName());
                }
            }
        }
        assertTrue(seen > 100, "only " + seen + " constraints found: the scan misses the inputs");
        assertEquals(Set.of(), unworded, "constraints Violations does not word");
        assertEquals(Set.of(), patternsWithoutWords, "@Pattern without message = \"{A_MESSAGE}\"");
    }

    static List<Class<?>> applicationClasses() throws IOException {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("ma.forsa.")) {
                    continue;
                }
                try {
                    classes.add(Class.forName(name, false, MessagesTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return classes;
    }

    static List<Annotation> constraintsOf(Class<?> type) {
        List<Annotation> found = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                collect(component.getAnnotations(), found);
                collect(component.getAnnotatedType(), found);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            collect(field.getAnnotations(), found);
        }
        for (Method method : type.getDeclaredMethods()) {
            for (Parameter parameter : method.getParameters()) {
                collect(parameter.getAnnotations(), found);
                collect(parameter.getAnnotatedType(), found);
            }
        }
        return found;
    }

    static void collect(AnnotatedType type, List<Annotation> found) {
        collect(type.getAnnotations(), found);
        if (type instanceof AnnotatedParameterizedType generic) {
            for (AnnotatedType argument : generic.getAnnotatedActualTypeArguments()) {
                collect(argument, found);
            }
        }
    }

    static void collect(Annotation[] annotations, List<Annotation> found) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                found.add(annotation);
            }
        }
    }
}
