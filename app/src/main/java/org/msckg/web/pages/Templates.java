package org.msckg.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the pages' JTE templates (src/main/jte, precompiled to classes by jte-maven-plugin):
 * one template per page, all in layout.jte, every value HTML-escaped unless a template says otherwise.
 */
public final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {}

    /** @param template the template's file name under src/main/jte, e.g. "home.jte" */
    public static String render(String template, Map<String, Object> parameters) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, parameters, out);
        return out.toString();
    }
}
