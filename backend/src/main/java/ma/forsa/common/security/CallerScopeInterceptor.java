package ma.forsa.common.security;

import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.Session;

/**
 * Enables the scope filters on the session of the current transaction. Runs inside
 * {@code @Transactional} (a later priority), so the filters are set on the session the
 * service's queries use. Background work (an import) has no caller: it applies the scope of
 * the person it works for itself, and a call without any scope is refused (fail-closed).
 */
@CallerScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class CallerScopeInterceptor {

    @Inject
    Session session;

    @Inject
    Caller caller;

    @AroundInvoke
    Object applyScope(InvocationContext context) throws Exception {
        if (Arc.container().requestContext().isActive()) {
            caller.scope().applyTo(session);
        } else if (session.getEnabledFilter(Scope.DIRECTORATE_FILTER) == null) {
            throw new IllegalStateException("background work must apply the scope it works in before calling "
                    + context.getMethod().getDeclaringClass().getSimpleName());
        }
        return context.proceed();
    }
}
