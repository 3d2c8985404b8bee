package org.msckg.web.home;

import io.javalin.http.Context;
import org.msckg.query.summary.GraphSummary;

/** GET /: what the graph holds, example questions and a search box. */
public final class HomeController {
    private final GraphSummary summary;

    public HomeController(GraphSummary summary) {
        this.summary = summary;
    }

    public void page(Context ctx) {
        ctx.html(HomePage.render(summary.counts()));
    }
}
