package ma.forsa.common.http;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that reads many rows (a statistic, an export, a sync pull): it runs in {@link HeavyWork}'s turn, so
 * however many arrive at once, only a few hold a database connection and a core, and the interactive requests
 * (lists, forms) keep theirs.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Heavy {}
