package org.msckg.server.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.msckg.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin routes, present only in admin mode, behind HTTP Basic authentication: GET /admin/status
 * and POST /admin/rebuild (202; the rebuild runs in the background, /admin/status follows it).
 * Failed logins are logged (never the password) and throttled per client address; a
 * state-changing request from a page of another site is refused.
 */
public final class AdminController {
    private static final Logger LOG = LoggerFactory.getLogger(AdminController.class);

    private final AdminPassword password;
    private final Rebuilder rebuilder;
    private final LoginThrottle throttle;

    public AdminController(AdminPassword password, Rebuilder rebuilder) {
        this(password, rebuilder, Clock.systemUTC());
    }

    AdminController(AdminPassword password, Rebuilder rebuilder, Clock clock) {
        this.password = password;
        this.rebuilder = rebuilder;
        this.throttle = new LoginThrottle(clock);
    }

    /** Credentials as sent: user and password. */
    record Credentials(String user, String password) {}

    public void authenticate(Context ctx) {
        refuseForeignOrigin(ctx);
        String address = ctx.ip();
        Duration wait = throttle.wait(address);
        if (!wait.isZero()) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            throw new ApiException(
                    429,
                    "MSCKG-ADM-005 too many failed admin logins from this address; try again in %d s"
                            .formatted(Math.max(1, wait.toSeconds())));
        }
        Optional<Credentials> credentials = basic(ctx.header("Authorization"));
        if (credentials.isPresent()
                && password.matches(credentials.get().user(), credentials.get().password())) {
            throttle.succeeded(address);
            return;
        }
        if (ctx.header("Authorization") != null) {
            throttle.failed(address);
            LOG.warn(
                    "MSCKG-ADM-001 failed admin login from {} for user '{}' on {} {}",
                    address,
                    credentials.map(c -> printable(c.user())).orElse("(unreadable header)"),
                    ctx.method(),
                    ctx.path());
        }
        ctx.header("WWW-Authenticate", "Basic realm=\"msckg admin\", charset=\"UTF-8\"");
        throw new ApiException(
                401, "MSCKG-ADM-001 the admin routes need the admin user name and password (HTTP Basic)");
    }

    /**
     * The credentials of an HTTP Basic header (scheme in any case, RFC 9110), empty when the header
     * is absent or malformed: another scheme, not base64, not UTF-8, or without a colon.
     */
    static Optional<Credentials> basic(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.strip().split("[ \t]+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Basic")) {
            return Optional.empty();
        }
        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[1].strip());
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? Optional.empty()
                : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /**
     * A browser sends Origin (or at least Referer) with a form or script POST; when it names
     * another site than the one asked, the request comes from that site's page, riding on
     * credentials the browser holds, and is refused. Clients such as curl send neither.
     */
    private static void refuseForeignOrigin(Context ctx) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            return;
        }
        String origin = Optional.ofNullable(ctx.header("Origin")).orElse(ctx.header("Referer"));
        boolean foreign = "cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))
                || (origin != null && !sameHost(origin, ctx.header("Host")));
        if (foreign) {
            throw new ApiException(
                    403, "MSCKG-ADM-006 a state-changing admin request from another site's page is refused");
        }
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin.strip());
            String authority = uri.getRawAuthority();
            return host != null && authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A user name fit for one log line: control characters replaced, at most 64 characters. */
    private static String printable(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "..." : clean;
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
