package org.msckg.web.describe;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.export.DatasetDescription;
import org.msckg.web.pages.RdfAnswer;

/** GET /.well-known/void: the dataset in VoID and DCAT, as Turtle, JSON-LD, RDF/XML or N-Triples by Accept. */
public final class DescriptionController {
    /** Where the VoID description is served (RFC 8615; VoID, section 7.2). */
    public static final String PATH = "/.well-known/void";

    private final Supplier<DatasetGraph> dataset;

    public DescriptionController(Supplier<DatasetGraph> dataset) {
        this.dataset = dataset;
    }

    public void get(Context ctx) {
        String endpoint = RdfAnswer.base(ctx.req()) + "/sparql";
        RdfAnswer.Body body =
                RdfAnswer.negotiate(ctx.req(), DatasetDescription.of(dataset.get(), Optional.of(endpoint)));
        ctx.header(Header.VARY, "Accept").contentType(body.contentType()).result(body.bytes());
    }
}
