package org.msckg.reason.mechanism;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.msckg.vocab.MSCKG;

/**
 * Writes the closure records and their single-study chains into the inferred graph (docs/schema.md,
 * "Mechanism chains"). The best chain of each sign with two hops or more is also an inferred edge,
 * {@code from RO:0002304|RO:0002305 to}, reified on its chain node.
 */
public final class ClosureWriter {
    private ClosureWriter() {}

    public static Model write(List<ClosureRecord> records) {
        Model m = ModelFactory.createModelForGraph(GraphMemFactory.createGraphMem2());
        records.forEach(r -> write(m, r));
        return m;
    }

    private static void write(Model m, ClosureRecord r) {
        Resource from = m.createResource(r.from());
        Resource to = m.createResource(r.to());
        Resource record = m.createResource(recordIri(r.from(), r.to()))
                .addProperty(RDF.type, MSCKG.ChainRecord)
                .addProperty(MSCKG.from, from)
                .addProperty(MSCKG.to, to)
                .addLiteral(MSCKG.shortest, integer(m, r.shortest()))
                .addLiteral(MSCKG.studyCount, integer(m, r.supportingStudies().size()))
                .addLiteral(MSCKG.singleStudy, m.createTypedLiteral(r.singleStudy()));
        r.signs().forEach(s -> record.addProperty(MSCKG.sign, s));
        // A relation one claim states needs no chain-derived edge beside it.
        Set<String> edges = r.chains().stream()
                .filter(c -> c.length() == 1)
                .map(Chain::signSymbol)
                .collect(Collectors.toCollection(HashSet::new));
        for (int rank = 0; rank < r.chains().size(); rank++) {
            Chain c = r.chains().get(rank);
            Resource node = chain(m, c, rank + 1);
            record.addProperty(MSCKG.chain, node);
            if (c.length() >= 2 && edges.add(c.signSymbol())) {
                Resource relation = m.createResource(ChainRules.relation(c.sign()));
                from.addProperty(m.createProperty(relation.getURI()), to);
                node.addProperty(RDF.type, MSCKG.InferredChain)
                        .addProperty(RDF.subject, from)
                        .addProperty(RDF.predicate, relation)
                        .addProperty(RDF.object, to);
            }
        }
    }

    private static Resource chain(Model m, Chain c, int rank) {
        Resource node = m.createResource(MSCKG.BASE + "chain/" + hash(c.key()))
                .addProperty(RDF.type, MSCKG.Chain)
                .addLiteral(MSCKG.rank, integer(m, rank))
                .addProperty(MSCKG.sign, c.signSymbol())
                .addLiteral(MSCKG.length, integer(m, c.length()))
                .addLiteral(MSCKG.crossStudy, m.createTypedLiteral(!c.singleStudy()));
        c.sharedStudies().stream().sorted().forEach(s -> node.addProperty(MSCKG.study, m.createResource(s)));
        for (int i = 0; i < c.length(); i++) {
            Resource claim = m.createResource(c.hops().get(i).claim());
            node.addProperty(MSCKG.restsOn, claim);
            node.addProperty(
                    MSCKG.hop,
                    m.createResource()
                            .addLiteral(MSCKG.hopIndex, integer(m, i + 1))
                            .addProperty(MSCKG.restsOn, claim)
                            .addProperty(MSCKG.at, m.createResource(c.at().get(i)))
                            .addLiteral(MSCKG.inherited, m.createTypedLiteral(c.inherited(i))));
        }
        return node;
    }

    /** As xsd:integer, the type of a number in SPARQL, so that a query can match it as a constant. */
    private static Literal integer(Model m, int value) {
        return m.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    /** The record of the chains from {@code from} to {@code to}: named after the pair, so it is found without a scan. */
    static String recordIri(String from, String to) {
        return MSCKG.BASE + "closure/" + hash(from + " " + to);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
