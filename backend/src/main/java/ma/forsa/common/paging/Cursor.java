package ma.forsa.common.paging;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;

/**
 * An opaque place in a list: the values of its order's columns on the last row shown, and a check of which list
 * and order it belongs to. Base64url of {@code check␟value␟value…} (␟ = U+001F; a null value is U+0000).
 */
final class Cursor {

    private static final String SEPARATOR = "\u001f";
    private static final String NULL = "\u0000";

    /** The values to continue after, each with whether its column may hold nulls. */
    record Position(List<Object> values, List<Boolean> nullable) {}

    private Cursor() {}

    static <E> String of(Listing<E> listing, E row) {
        StringBuilder text = new StringBuilder(check(listing));
        for (Sort.Column column : listing.order()) {
            Object value = read(field(listing.type(), column.getName()), row);
            text.append(SEPARATOR).append(value == null ? NULL : value.toString());
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static <E> Position read(Listing<E> listing, String cursor) {
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length != listing.order().size() + 1 || !parts[0].equals(check(listing))) {
                throw invalid();
            }
            List<Object> values = new ArrayList<>();
            List<Boolean> nullable = new ArrayList<>();
            for (int i = 0; i < listing.order().size(); i++) {
                Field field = field(listing.type(), listing.order().get(i).getName());
                boolean mayBeNull = mayBeNull(field);
                String text = parts[i + 1];
                if (text.equals(NULL) && !mayBeNull) {
                    throw invalid();
                }
                values.add(text.equals(NULL) ? null : parse(field.getType(), text));
                nullable.add(mayBeNull);
            }
            return new Position(values, nullable);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static ApiProblem invalid() {
        return ApiProblem.invalid("cursor", Message.CURSOR_INVALID);
    }

    /** Which entity and order a cursor was made for: another list's cursor is refused, not misread. */
    private static String check(Listing<?> listing) {
        CRC32 crc = new CRC32();
        crc.update(listing.type().getName().getBytes(StandardCharsets.UTF_8));
        listing.order().forEach(c -> crc.update((c.getName() + c.getDirection()).getBytes(StandardCharsets.UTF_8)));
        return Long.toString(crc.getValue(), 36);
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " is ordered by " + name + ", which it does not have");
    }

    private static Object read(Field field, Object row) {
        try {
            return field.get(row);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean mayBeNull(Field field) {
        if (field.getType().isPrimitive() || field.isAnnotationPresent(jakarta.persistence.Id.class)) {
            return false;
        }
        Column column = field.getAnnotation(Column.class);
        return column == null || column.nullable();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String text) {
        if (type == String.class) {
            return text;
        }
        if (type == Long.class || type == long.class) {
            return Long.parseLong(text);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, text);
        }
        throw new IllegalStateException("a list ordered by a " + type.getSimpleName() + " needs it in Cursor.parse");
    }
}
