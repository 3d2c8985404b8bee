package org.msckg.server.sparql;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL 1.1 Query Results JSON written by Jackson's streaming generator. The same members as
 * Jena's own writer ({@code RowSetWriterJSON}: {@code datatype} only for literals that are neither
 * simple nor language-tagged, blank nodes relabelled unless {@link ARQ#outputGraphBNodeLabels},
 * RDF-star triple terms nested), without its indentation: Jena's writer quotes each value into a
 * string and indents it a character at a time, which took a third of a 9 MB answer's time
 * (docs/benchmarks.md, "Chain closure").
 */
public final class JsonResultsWriter implements RowSetWriter {

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonResultsWriter() {}

    /** Makes this the writer of {@code application/sparql-results+json} for every answer of this JVM. */
    public static void register() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new JsonResultsWriter());
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            write(json, rows, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, rows, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("head");
            json.writeEndObject();
            json.writeBooleanField("boolean", result);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator json, RowSet rows, Context context) throws IOException {
        NodeToLabel labels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels)
                ? SyntaxLabels.createNodeToLabelAsGiven()
                : SyntaxLabels.createNodeToLabel();
        List<Var> vars = rows.getResultVars();
        json.writeStartObject();
        json.writeObjectFieldStart("head");
        json.writeArrayFieldStart("vars");
        for (Var var : vars) {
            json.writeString(var.getVarName());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("results");
        json.writeArrayFieldStart("bindings");
        while (rows.hasNext()) {
            Binding row = rows.next();
            json.writeStartObject();
            for (Var var : vars) {
                Node value = row.get(var);
                if (value != null) {
                    json.writeFieldName(var.getVarName());
                    term(json, value, labels);
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
    }

    private static void term(JsonGenerator json, Node node, NodeToLabel labels) throws IOException {
        json.writeStartObject();
        if (node.isURI()) {
            json.writeStringField("type", "uri");
            json.writeStringField("value", node.getURI());
        } else if (node.isLiteral()) {
            json.writeStringField("type", "literal");
            if (!Util.isSimpleString(node) && !Util.isLangString(node)) {
                json.writeStringField("datatype", node.getLiteralDatatypeURI());
            } else if (!node.getLiteralLanguage().isEmpty()) {
                json.writeStringField("xml:lang", node.getLiteralLanguage());
            }
            json.writeStringField("value", node.getLiteralLexicalForm());
        } else if (node.isBlank()) {
            json.writeStringField("type", "bnode");
            json.writeStringField("value", labels.get(null, node).substring(2));
        } else if (node.isNodeTriple()) {
            Triple triple = node.getTriple();
            json.writeStringField("type", "triple");
            json.writeObjectFieldStart("value");
            json.writeFieldName("subject");
            term(json, triple.getSubject(), labels);
            json.writeFieldName("predicate");
            term(json, triple.getPredicate(), labels);
            json.writeFieldName("object");
            term(json, triple.getObject(), labels);
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("not an RDF term of a result row: " + node);
        }
        json.writeEndObject();
    }
}
