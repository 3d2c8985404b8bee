package org.msckg.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/** An RDF description in the syntax the Accept header asks for (as Fuseki negotiates CONSTRUCT), Turtle by default. */
public final class RdfAnswer {
    private RdfAnswer() {}

    /** The negotiated media type and the model written in it. */
    public record Body(String contentType, byte[] bytes) {}

    public static Body negotiate(HttpServletRequest request, Model model) {
        MediaType type = ConNeg.chooseContentType(request, DEF.rdfOffer, DEF.acceptTurtle);
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null) {
            lang = Lang.TURTLE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        return new Body(lang.getContentType().getContentTypeStr(), out.toByteArray());
    }

    /** The address the request reached the server at: scheme, host and port. */
    public static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Body body = negotiate(request, model);
        response.setStatus(200);
        response.setContentType(body.contentType() + "; charset=utf-8");
        response.setHeader("Vary", "Accept");
        response.setContentLength(body.bytes().length);
        response.getOutputStream().write(body.bytes());
    }
}
