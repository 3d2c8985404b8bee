package org.msckg.server.freshness;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;

/**
 * ETag and 304 for the pages, the API and health: between builds the dataset does not change, so an
 * answer a client holds for the current build's checksum is still right. (A new release of the page
 * code over the same build keeps the tag: clients revalidate to the old page until the next build.)
 */
public final class ConditionalGets {
    private static final String TAG = "msckg.etag";

    private final DatasetVersion version;

    public ConditionalGets(DatasetVersion version) {
        this.version = version;
    }

    /** Before a matched GET (admin status and metrics excepted: they change within a build; static files, which change with the code): 304 when the client holds the current tag. */
    public void before(Context ctx) {
        if (!ctx.method().equals(HandlerType.GET)
                || ctx.path().startsWith("/admin")
                || ctx.path().startsWith("/static/")
                || ctx.path().equals("/metrics")) {
            return;
        }
        version.etag().ifPresent(tag -> {
            ctx.attribute(TAG, tag);
            if (DatasetVersion.matches(ctx.header(Header.IF_NONE_MATCH), tag)) {
                ctx.header(Header.ETAG, tag).status(HttpStatus.NOT_MODIFIED).skipRemainingHandlers();
            }
        });
    }

    /** After a matched GET: tags a successful answer with the tag of the dataset it was read from. */
    public void after(Context ctx) {
        String tag = ctx.attribute(TAG);
        if (tag != null && ctx.status() == HttpStatus.OK) {
            ctx.header(Header.ETAG, tag);
        }
    }
}
