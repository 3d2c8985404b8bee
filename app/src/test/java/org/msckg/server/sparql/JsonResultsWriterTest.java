package org.msckg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

/** msckg's JSON results say exactly what Jena's own writer says, member for member. */
class JsonResultsWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Var TERM = Var.alloc("term");
    private static final Var LABEL = Var.alloc("label");
    private static final Node IRI = NodeFactory.createURI("https://w3id.org/msckg/MSCKG_0000004");

    private static List<Binding> rows() {
        Node blank = NodeFactory.createBlankNode();
        return List.of(
                BindingFactory.binding(
                        TERM, IRI, LABEL, NodeFactory.createLiteralString("iPSC-MSC \"quoted\" \u00e9\n")),
                BindingFactory.binding(TERM, blank, LABEL, NodeFactory.createLiteralLang("cellule", "fr")),
                BindingFactory.binding(TERM, blank),
                BindingFactory.binding(LABEL, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)),
                BindingFactory.binding(
                        TERM, NodeFactory.createTripleNode(IRI, IRI, NodeFactory.createLiteralString("o"))),
                BindingFactory.binding());
    }

    @Test
    void rowsAreWrittenAsJenaWritesThem() throws IOException {
        assertEquals(tree(jena(), rows()), tree(ours(), rows()));
    }

    @Test
    void theRegisteredWriterIsThisOne() {
        JsonResultsWriter.register();
        assertEquals(
                JsonResultsWriter.class,
                RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)
                        .create(ResultSetLang.RS_JSON)
                        .getClass());
    }

    @Test
    void askAnswersAreWrittenAsJenaWritesThem() throws IOException {
        JsonResultsWriter.register();
        RowSetWriter ours =
                RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON);
        RowSetWriter jena = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ours.write(a, answer, null);
            jena.write(b, answer, null);
            assertEquals(JSON.readTree(b.toByteArray()), JSON.readTree(a.toByteArray()));
        }
    }

    private static RowSetWriter ours() {
        JsonResultsWriter.register();
        return RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON);
    }

    private static RowSetWriter jena() {
        return RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    }

    private static JsonNode tree(RowSetWriter writer, List<Binding> rows) throws IOException {
        RowSet set = RowSetStream.create(List.of(TERM, LABEL), rows.iterator());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, set, null);
        return JSON.readTree(out.toByteArray());
    }
}
