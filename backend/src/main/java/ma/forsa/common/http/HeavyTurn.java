package ma.forsa.common.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs each {@link Heavy} operation in its turn, before any transaction: a request waiting in line holds nothing. */
@Heavy
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class HeavyTurn {

    @Inject
    HeavyWork heavy;

    @AroundInvoke
    Object inTurn(InvocationContext context) throws Exception {
        return heavy.run(context::proceed);
    }
}
