package org.msckg.web.home;

import io.javalin.http.Context;
import java.util.Map;
import org.msckg.query.summary.GraphSummary;
import org.msckg.web.pages.Templates;

/** GET /: what the graph holds (each kind of entity links to its list), example questions and a search box. */
public final class HomeController {
    private final GraphSummary summary;

    public HomeController(GraphSummary summary) {
        this.summary = summary;
    }

    public void page(Context ctx) {
        ctx.html(Templates.render("home.jte", Map.of("counts", summary.counts())));
    }
}
