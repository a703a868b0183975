package ma.forsa.common.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.Session;

/**
 * Enables the scope filters on the session of the current transaction. Runs inside
 * {@code @Transactional} (a later priority), so the filters are set on the session the
 * service's queries use.
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
        caller.scope().applyTo(session);
        return context.proceed();
    }
}
