package org.msckg.web.pages;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.MimeTypes;

/**
 * GET /static/{path}: the pages' scripts, styles and vendored libraries, read from {@code web/static/}
 * on the class path. Read as class-path resources, not through a file system mounted on the jar,
 * which would index the whole product jar (every library's classes) at each start.
 */
public final class StaticFiles {
    private static final String ROOT = "/web/static/";

    private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

    public void get(Context ctx) {
        String path = ctx.pathParam("path");
        byte[] body = files.computeIfAbsent(path, StaticFiles::read).orElseThrow(NotFoundResponse::new);
        String type =
                Optional.ofNullable(MimeTypes.DEFAULTS.getMimeByExtension(path)).orElse("application/octet-stream");
        ctx.contentType(type.startsWith("text/") || type.endsWith("javascript") ? type + ";charset=utf-8" : type);
        ctx.result(body);
    }

    private static Optional<byte[]> read(String path) {
        if (path.isEmpty()
                || path.endsWith("/")
                || path.contains("\\")
                || path.contains("..")
                || path.startsWith("/")) {
            return Optional.empty();
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + path)) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(in.readAllBytes()).filter(b -> b.length > 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the static file " + path, e);
        }
    }
}
