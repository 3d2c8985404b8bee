package org.msckg;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.msckg.build.BuildOperation;
import org.msckg.build.BuildResult;
import org.msckg.build.ProjectLayout;
import org.semanticweb.HermiT.ReasonerFactory;

/** The project's real graph, built once per test JVM and held in memory. */
public final class BuiltGraph {
    private static BuildResult result;
    private static DatasetGraph dataset;

    private BuiltGraph() {}

    public static synchronized BuildResult result() {
        if (result == null) {
            result = new BuildOperation(new ProjectLayout(Fixtures.projectRoot()), new ReasonerFactory()).run(s -> {});
        }
        return result;
    }

    /** The built graphs as a transactional in-memory dataset, one named graph each. */
    public static synchronized DatasetGraph dataset() {
        if (dataset == null) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(dsg, () -> result().graphs().forEach((g, m) -> dsg.addGraph(g.node(), m.getGraph())));
            dataset = dsg;
        }
        return dataset;
    }
}
