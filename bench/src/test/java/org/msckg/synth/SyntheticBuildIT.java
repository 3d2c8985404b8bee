package org.msckg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.build.BuildOperation;
import org.msckg.build.BuildResult;
import org.msckg.build.ProjectLayout;
import org.semanticweb.HermiT.ReasonerFactory;

/** A synthetic project goes through every stage of the build, SHACL included, like the curated one. */
class SyntheticBuildIT {
    @TempDir
    Path out;

    @Test
    void aSyntheticProjectBuildsAndItsReasoningIsTheCuratedOnes() {
        new SyntheticProject(new ProjectLayout(Fixtures.projectRoot()), 2, 3).writeTo(out);
        BuildResult synth = new BuildOperation(new ProjectLayout(out), new ReasonerFactory()).run(s -> {});
        BuildResult real = BuiltGraph.result();
        int curatedRows = real.claimsPerTable().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertEquals(
                2 * curatedRows,
                synth.claimsPerTable().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum());
        assertEquals(real.classes(), synth.classes(), "HermiT sees the same TBox");
        assertEquals(real.inferredSubClassAxioms(), synth.inferredSubClassAxioms());
        assertEquals(real.stageMillis().keySet(), synth.stageMillis().keySet(), "every stage ran");
    }
}
