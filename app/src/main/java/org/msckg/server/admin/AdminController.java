package org.msckg.server.admin;

import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import org.msckg.web.ApiException;

/**
 * The admin routes, present only in admin mode, behind HTTP Basic authentication: GET /admin/status
 * and POST /admin/rebuild (202; the rebuild runs in the background, /admin/status follows it).
 */
public final class AdminController {
    private final AdminPassword password;
    private final Rebuilder rebuilder;

    public AdminController(AdminPassword password, Rebuilder rebuilder) {
        this.password = password;
        this.rebuilder = rebuilder;
    }

    public void authenticate(Context ctx) {
        BasicAuthCredentials credentials = credentials(ctx);
        if (credentials == null || !password.matches(credentials.getUsername(), credentials.getPassword())) {
            ctx.header("WWW-Authenticate", "Basic realm=\"msckg admin\", charset=\"UTF-8\"");
            throw new ApiException(
                    401, "MSCKG-ADM-001 the admin routes need the admin user name and password (HTTP Basic)");
        }
    }

    /** The Basic credentials of the request; null when absent or not decodable. */
    private static BasicAuthCredentials credentials(Context ctx) {
        if (ctx.header("Authorization") == null) {
            return null;
        }
        try {
            return ctx.basicAuthCredentials();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void status(Context ctx) {
        ctx.json(rebuilder.status());
    }

    public void rebuild(Context ctx) {
        if (!rebuilder.start()) {
            throw new ApiException(409, "MSCKG-ADM-004 a rebuild is already running; follow it at /admin/status");
        }
        ctx.status(202).json(rebuilder.status());
    }
}
