package ma.forsa.common.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Set;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;
import org.jboss.logging.Logger;

/**
 * Bean Validation's refusals in the words of the bundle, so they reach a person in their language like every other
 * message (the API and the import both use this). A {@code @Pattern} names its message as {@code {FORMAT_…}}, a
 * constant of {@link Message}; the other constraints are worded from their attributes.
 */
public final class Violations {

    private static final Logger LOG = Logger.getLogger(Violations.class);

    /** The constraints worded here: a constraint used in the code and missing from this set fails MessagesTest. */
    public static final Set<Class<? extends Annotation>> WORDED = Set.of(
            NotNull.class,
            NotBlank.class,
            NotEmpty.class,
            Size.class,
            Min.class,
            Max.class,
            DecimalMin.class,
            DecimalMax.class,
            Digits.class,
            Pattern.class,
            Email.class,
            Past.class,
            PastOrPresent.class,
            PositiveOrZero.class);

    private Violations() {}

    public static Sentence sentence(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return Sentence.of(Message.REQUIRED);
        }
        if (constraint instanceof Size size) {
            return size(size, value);
        }
        if (constraint instanceof Min min) {
            return Sentence.of(Message.AT_LEAST, min.value());
        }
        if (constraint instanceof Max max) {
            return Sentence.of(Message.AT_MOST, max.value());
        }
        if (constraint instanceof DecimalMin min) {
            return Sentence.of(Message.AT_LEAST, min.value());
        }
        if (constraint instanceof DecimalMax max) {
            return Sentence.of(Message.AT_MOST, max.value());
        }
        if (constraint instanceof Digits digits) {
            return Sentence.of(Message.DIGITS, digits.integer(), digits.fraction());
        }
        if (constraint instanceof Pattern pattern) {
            return named(pattern.message()).orElse(Sentence.of(Message.FORMAT_INVALID));
        }
        if (constraint instanceof Email) {
            return Sentence.of(Message.EMAIL);
        }
        if (constraint instanceof Past) {
            return Sentence.of(Message.DATE_IN_PAST);
        }
        if (constraint instanceof PastOrPresent) {
            return Sentence.of(Message.DATE_NOT_IN_FUTURE);
        }
        if (constraint instanceof PositiveOrZero) {
            return Sentence.of(Message.ZERO_OR_MORE);
        }
        LOG.warnf(
                "No wording for the constraint %s", constraint.annotationType().getName());
        return Sentence.of(Message.INVALID_VALUE);
    }

    private static Sentence size(Size size, Object value) {
        boolean text = value instanceof CharSequence;
        if (size.min() <= 0) {
            return Sentence.of(text ? Message.TEXT_AT_MOST : Message.ITEMS_AT_MOST, size.max());
        }
        if (size.max() == Integer.MAX_VALUE) {
            return Sentence.of(text ? Message.TEXT_AT_LEAST : Message.ITEMS_AT_LEAST, size.min());
        }
        return Sentence.of(text ? Message.TEXT_BETWEEN : Message.ITEMS_BETWEEN, size.min(), size.max());
    }

    /** A message template naming a constant of {@link Message}: {@code {FORMAT_SCHOOL_YEAR}}. */
    private static java.util.Optional<Sentence> named(String template) {
        if (template.length() < 3 || template.charAt(0) != '{' || template.charAt(template.length() - 1) != '}') {
            return java.util.Optional.empty();
        }
        return Message.named(template.substring(1, template.length() - 1)).map(Sentence::of);
    }
}
