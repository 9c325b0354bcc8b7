package fr.socle.identity.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.Caller;
import fr.socle.platform.ApiError;
import fr.socle.platform.Clients;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;

/** Authenticates API calls (bearer token, or Basic where allowed) and enforces {@link ApiAccess}. */
@Provider
public class ApiGate implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(ApiGate.class.getName());

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        ApiAccess access = info.getResourceMethod().getAnnotation(ApiAccess.class);
        if (access == null) {
            access = info.getResourceClass().getAnnotation(ApiAccess.class);
        }
        if (!info.getResourceClass().getName().startsWith("fr.socle.")) {
            return; // the runtime's own OPTIONS handlers
        }
        if (access == null) {
            LOG.warning(() -> "No @ApiAccess on " + info.getResourceClass().getSimpleName() + "."
                    + info.getResourceMethod().getName() + ": refused to everybody");
        }
        context.register(new Check(access), Priorities.AUTHENTICATION);
    }

    @Priority(Priorities.AUTHENTICATION)
    static final class Check implements ContainerRequestFilter {

        private final ApiAccess access;

        /** The beans the gate uses, looked up once (CDI.current() walks the stack on Payara: 7% of a small request). */
        private volatile Beans beans;

        private record Beans(CurrentCaller current, Accounts accounts, Tokens tokens, SignIns signIns, Clients clients,
                             HttpServletRequest servletRequest) {
        }

        Check(ApiAccess access) {
            this.access = access;
        }

        /** Client proxies: the request-scoped CurrentCaller's resolves to each request's own instance. */
        private Beans beans() {
            Beans b = beans;
            if (b == null) {
                CDI<Object> cdi = CDI.current();
                b = new Beans(cdi.select(CurrentCaller.class).get(), cdi.select(Accounts.class).get(), cdi.select(Tokens.class).get(),
                        cdi.select(SignIns.class).get(), cdi.select(Clients.class).get(), cdi.select(HttpServletRequest.class).get());
                beans = b;
            }
            return b;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (access == null) {
                throw Problem.forbidden("socle.auth.forbidden");
            }
            CurrentCaller current = beans().current();
            Caller caller;
            try {
                caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION), request);
            } catch (Refused refused) {
                request.abortWith(refused.response);
                return;
            }
            current.useApiCredentials(caller);
            if (caller == null) {
                if (access.anonymous()) {
                    return;
                }
                throw Problem.unauthorized("socle.auth.required");
            }
            if (access.value().length > 0 && !caller.hasAnyRole(List.of(access.value()))) {
                throw Problem.forbidden("socle.auth.forbidden");
            }
        }

        /** A sign-in refused before any password was checked: 429 with Retry-After. */
        private static final class Refused extends RuntimeException {

            private static final long serialVersionUID = 1L;
            private final transient Response response;

            Refused(SignIns.Attempt attempt, ContainerRequestContext request) {
                super(null, null, false, false);
                String key = attempt.outcome() == SignIns.Outcome.BUSY ? "socle.auth.busy" : "socle.auth.throttled";
                Response base = ApiError.response(429, Messages.get(locale(request), key, attempt.retryAfterSeconds()), null);
                this.response = Response.fromResponse(base).header("Retry-After", attempt.retryAfterSeconds()).build();
            }
        }

        private static java.util.Locale locale(ContainerRequestContext request) {
            try {
                return Messages.supported(request.getAcceptableLanguages());
            } catch (RuntimeException e) {
                return Messages.DEFAULT;
            }
        }

        private Caller authenticate(String authorization, ContainerRequestContext request) {
            if (authorization == null || authorization.isBlank()) {
                return null;
            }
            Accounts accounts = beans().accounts();
            if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                Tokens tokens = beans().tokens();
                return tokens.accountOf(authorization.substring(7).strip())
                        .flatMap(accounts::callerById)
                        .orElseThrow(() -> Problem.unauthorized("socle.auth.badToken"));
            }
            if (access.basic() && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                String decoded;
                try {
                    decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw Problem.unauthorized("socle.auth.badCredentials");
                }
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    throw Problem.unauthorized("socle.auth.badCredentials");
                }
                Beans b = beans();
                SignIns.Attempt a = b.signIns().authenticate(decoded.substring(0, colon), decoded.substring(colon + 1),
                        b.clients().key(b.servletRequest()));
                return switch (a.outcome()) {
                    case SUCCESS -> accounts.callerById(a.accountId()).orElseThrow(() -> Problem.unauthorized("socle.auth.badCredentials"));
                    case INVALID -> throw Problem.unauthorized("socle.auth.badCredentials");
                    case THROTTLED, BUSY -> throw new Refused(a, request);
                };
            }
            throw Problem.unauthorized("socle.auth.badToken");
        }
    }
}
