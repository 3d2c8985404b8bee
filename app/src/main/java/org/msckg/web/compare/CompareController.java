package org.msckg.web.compare;

import io.javalin.http.Context;
import java.util.Map;
import org.msckg.query.compare.CompareService;
import org.msckg.web.pages.Templates;

/** GET /compare (page) and /api/compare (JSON): primary MSCs against hPSC-MSCs. */
public final class CompareController {
    private final CompareService service;

    public CompareController(CompareService service) {
        this.service = service;
    }

    public void page(Context ctx) {
        ctx.html(Templates.render("compare.jte", Map.of("c", service.compare())));
    }

    public void api(Context ctx) {
        ctx.json(service.compare());
    }
}
