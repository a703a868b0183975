package ma.forsa.common.json;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.problem.ApiProblem;

/**
 * Query and path booleans are "true" or "false". Without this, any other text ("maybe", "yes", "1")
 * silently means false, which for a flag like confirmDistinct hides the caller's mistake.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null) {
                    return null;
                }
                return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw ApiProblem.invalid(parameterName(annotations), Message.MUST_BE_TRUE_OR_FALSE);
                };
            }

            @Override
            public String toString(Boolean value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof jakarta.ws.rs.QueryParam q) {
                return q.value();
            }
            if (annotation instanceof jakarta.ws.rs.PathParam p) {
                return p.value();
            }
        }
        return "parameter";
    }
}
