package ma.forsa.common.i18n;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The language of the current request's caller, for what a service words itself (reports, stored messages). */
@RequestScoped
public class CallerLanguage {

    @Inject
    HttpServerRequest request;

    public Language get() {
        return Language.ofHeader(request.getHeader("Accept-Language"));
    }
}
