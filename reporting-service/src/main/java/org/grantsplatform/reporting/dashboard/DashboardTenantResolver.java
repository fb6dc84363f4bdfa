package org.grantsplatform.reporting.dashboard;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends the dashboard page to the code-flow tenant ({@code dashboard}, client reporting-dashboard)
 * and everything else to the default bearer-token tenant. The page's own calls to the report
 * endpoints carry its session cookie and no bearer token, so they log in with the dashboard
 * tenant too; a call without either stays with the bearer tenant and gets 401, not a redirect.
 */
@ApplicationScoped
public class DashboardTenantResolver implements TenantResolver {

    static final String TENANT = "dashboard";
    private static final String SESSION_COOKIE = "q_session_" + TENANT;

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals("/") || path.startsWith("/dashboard") || path.equals("/logout")) {
            return TENANT;
        }
        boolean bearer = context.request().getHeader("Authorization") != null;
        if (path.startsWith("/api/reports/") && !bearer && context.request().getCookie(SESSION_COOKIE) != null) {
            return TENANT;
        }
        return null;
    }
}
