package org.msckg.build;

import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.msckg.vocab.NamedGraphs;

/** What a build produced: the named graphs and the figures of its summary. */
public record BuildResult(
        Map<NamedGraphs, Model> graphs,
        Map<String, Long> stageMillis,
        Map<String, Integer> claimsPerTable,
        Set<Integer> citedReferences,
        int references,
        int classes,
        int inferredSubClassAxioms,
        String checksum) {

    public long triples(NamedGraphs g) {
        return graphs.get(g).size();
    }
}
