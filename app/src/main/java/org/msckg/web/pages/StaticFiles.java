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

    /** The files found so far; a path that names no file is not kept, so requests cannot grow it. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    public void get(Context ctx) {
        String path = ctx.pathParam("path");
        if (path.isEmpty()
                || path.endsWith("/")
                || path.contains("\\")
                || path.contains("..")
                || path.startsWith("/")) {
            throw new NotFoundResponse();
        }
        byte[] body = files.computeIfAbsent(path, StaticFiles::read);
        if (body == null) {
            throw new NotFoundResponse();
        }
        String type =
                Optional.ofNullable(MimeTypes.DEFAULTS.getMimeByExtension(path)).orElse("application/octet-stream");
        ctx.contentType(type.startsWith("text/") || type.endsWith("javascript") ? type + ";charset=utf-8" : type);
        ctx.result(body);
    }

    /** The file's bytes, or null when the class path has no such (non-empty) file. */
    private static byte[] read(String path) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + path)) {
            byte[] bytes = in == null ? null : in.readAllBytes();
            return bytes == null || bytes.length == 0 ? null : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the static file " + path, e);
        }
    }
}
