package org.msckg.web.describe;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Optional;
import org.msckg.export.DatasetDescription;
import org.msckg.query.status.GraphStatus;
import org.msckg.web.pages.RdfAnswer;

/** GET /.well-known/void: the dataset in VoID and DCAT, as Turtle, JSON-LD, RDF/XML or N-Triples by Accept. */
public final class DescriptionController {
    private final GraphStatus status;

    public DescriptionController(GraphStatus status) {
        this.status = status;
    }

    public void get(Context ctx) {
        RdfAnswer.Body body = RdfAnswer.negotiate(
                ctx.req(), DatasetDescription.describe(status.read(), Optional.of(RdfAnswer.base(ctx.req()))));
        ctx.header(Header.VARY, "Accept").contentType(body.contentType()).result(body.bytes());
    }
}
