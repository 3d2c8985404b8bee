package org.msckg.query.explain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.reason.ChainFinder;
import org.msckg.reason.Hops;
import org.msckg.vocab.NamedGraphs;

/**
 * What explanations need from a dataset, read once: the causal hops, the materialized class
 * hierarchy and the labels. The dataset does not change between builds.
 */
public final class GraphIndex {
    private final ChainFinder finder;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Set<String>> superClasses = new HashMap<>();

    public GraphIndex(DatasetGraph dsg) {
        Dataset ds = DatasetFactory.wrap(dsg);
        Model claims = ModelFactory.createDefaultModel();
        Txn.executeRead(dsg, () -> {
            claims.add(ds.getNamedModel(NamedGraphs.ASSERTED.iri())).add(ds.getNamedModel(NamedGraphs.ONTOLOGY.iri()));
            ds.getNamedModel(NamedGraphs.INFERRED.iri())
                    .listStatements(null, RDFS.subClassOf, (org.apache.jena.rdf.model.RDFNode) null)
                    .forEach(st -> {
                        if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                            superClasses
                                    .computeIfAbsent(st.getSubject().getURI(), k -> new HashSet<>())
                                    .add(st.getResource().getURI());
                        }
                    });
            for (NamedGraphs g : List.of(NamedGraphs.ONTOLOGY, NamedGraphs.IMPORTS, NamedGraphs.ASSERTED)) {
                ds.getNamedModel(g.iri())
                        .listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null)
                        .forEach(st -> {
                            if (st.getSubject().isURIResource()
                                    && st.getObject().isLiteral()) {
                                labels.putIfAbsent(st.getSubject().getURI(), st.getString());
                            }
                        });
            }
        });
        this.finder = new ChainFinder(Hops.read(claims), c -> superClasses.getOrDefault(c, Set.of()));
    }

    public ChainFinder finder() {
        return finder;
    }

    public String label(String iri) {
        return labels.getOrDefault(iri, "");
    }

    public boolean knows(String iri) {
        return labels.containsKey(iri) || superClasses.containsKey(iri);
    }
}
