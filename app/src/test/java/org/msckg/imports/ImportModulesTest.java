package org.msckg.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.build.ProjectLayout;

/** The modules label live terms as live: an "obsolete ..." label belongs to a deprecated term only. */
class ImportModulesTest {

    @Test
    void noModuleLabelsATermObsoleteWithoutDeprecatingIt() {
        List<Path> modules = new ProjectLayout(Fixtures.projectRoot()).importModules();
        assertFalse(modules.isEmpty());
        List<String> wrong = new ArrayList<>();
        for (Path module : modules) {
            Model m = RDFDataMgr.loadModel(module.toString());
            m.listStatements(null, RDFS.label, (RDFNode) null)
                    .filterKeep(s -> s.getObject().isLiteral()
                            && s.getString().toLowerCase(java.util.Locale.ROOT).startsWith("obsolete"))
                    .filterDrop(s -> m.contains(s.getSubject(), OWL2.deprecated, m.createTypedLiteral(true)))
                    .forEach(s -> wrong.add(module.getFileName() + " " + s.getSubject() + " " + s.getString()));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theGoModulesObsoleteAncestorsKeepTheirLiveLabelAndAreDeprecated() {
        Model go = RDFDataMgr.loadModel(new ProjectLayout(Fixtures.projectRoot())
                .importsDir()
                .resolve("go_module.owl")
                .toString());
        var space = go.createResource("http://purl.obolibrary.org/obo/GO_0005615");
        assertEquals("extracellular space", space.getProperty(RDFS.label).getString());
        assertEquals(true, space.getProperty(OWL2.deprecated).getBoolean());
    }
}
