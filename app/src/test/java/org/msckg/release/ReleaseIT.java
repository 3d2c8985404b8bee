package org.msckg.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.cli.MsckgCommand;
import org.msckg.export.BiolinkMappings;
import org.msckg.export.DatasetDescription;
import org.msckg.export.KgxExport;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * {@code msckg release --out DIR} on the project (README, docs/release.md): the files it writes,
 * msckg.owl consistent under HermiT and ELK and in OWL 2 DL, ROBOT's report without ERROR on
 * msckg-base.owl, KGX with the required columns, referential integrity and a publication per edge.
 * ROBOT runs as a separate java process from target/robot/, as in RobotReportIT.
 */
class ReleaseIT {
    private static final Path ROBOT = Fixtures.projectRoot().resolve("target/robot");

    @TempDir
    static Path work;

    static Path out;

    @BeforeAll
    static void release() {
        out = work.resolve("release");
        int status = MsckgCommand.commandLine()
                .execute(
                        "release",
                        "--out",
                        out.toString(),
                        "--data",
                        work.resolve("data").toString(),
                        "--project",
                        Fixtures.projectRoot().toString());
        assertEquals(0, status);
    }

    @Test
    void theReleaseHasEveryFile() {
        for (String f : List.of(
                ReleaseOperation.FULL,
                ReleaseOperation.BASE,
                ReleaseOperation.QUADS,
                ReleaseOperation.MAPPINGS,
                ReleaseOperation.NODES,
                ReleaseOperation.EDGES,
                ReleaseOperation.DESCRIPTION,
                ReleaseOperation.CATALOG,
                "imports/go_import.owl")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
    }

    @Test
    void msckgOwlHasOneHeaderWithAVersionIriAndNoClaims() {
        Model owl = RDFDataMgr.loadModel(out.resolve(ReleaseOperation.FULL).toString());
        var headers = owl.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList();
        assertEquals(
                List.of(OwlRelease.ONTOLOGY),
                headers.stream().map(h -> h.getURI()).toList());
        assertTrue(headers.get(0)
                .hasProperty(OWL2.versionIRI, owl.createResource(OwlRelease.versionIri("0.1.0", "msckg.owl"))));
        assertFalse(
                owl.listSubjects()
                        .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(MSCKG.CLAIM))
                        .hasNext(),
                "no claim");
        assertFalse(
                owl.listSubjects()
                        .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(MSCKG.REF))
                        .hasNext(),
                "no reference");
        assertFalse(owl.contains(null, OWL2.imports), "the full release has no imports");
    }

    @Test
    void msckgOwlIsOwl2DlWithoutPunnedClassesAndConsistentUnderHermit() throws OWLOntologyCreationException {
        OWLOntology ontology = OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(
                        out.resolve(ReleaseOperation.FULL).toFile());
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertTrue(
                report.isInProfile(),
                report.getViolations().stream().limit(20).toList().toString());
        Set<String> classes = new HashSet<>();
        ontology.classesInSignature().forEach(c -> classes.add(c.getIRI().toString()));
        List<String> punned = ontology.individualsInSignature()
                .map(i -> i.getIRI().toString())
                .filter(classes::contains)
                .toList();
        assertEquals(List.of(), punned, "classes used as individuals");
        assertTrue(ontology.getLogicalAxiomCount() > 4000, "the imports are in: " + ontology.getLogicalAxiomCount());
        OWLReasoner hermit = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(hermit.isConsistent(), "HermiT: msckg.owl is inconsistent");
        } finally {
            hermit.dispose();
        }
    }

    @Test
    void robotReasonsOverMsckgOwlWithElk() throws IOException, InterruptedException {
        robot(
                "reason",
                List.of(
                        "reason",
                        "--input",
                        out.resolve(ReleaseOperation.FULL).toString(),
                        "--reasoner",
                        "ELK",
                        "--output",
                        work.resolve("elk.owl").toString()));
        assertTrue(Files.size(work.resolve("elk.owl")) > 0);
    }

    @Test
    void robotReportFindsNoErrorInMsckgBaseOwl() throws IOException, InterruptedException {
        robot(
                "report",
                List.of(
                        "report",
                        "--input",
                        out.resolve(ReleaseOperation.BASE).toString(),
                        "--catalog",
                        out.resolve(ReleaseOperation.CATALOG).toString(),
                        "--fail-on",
                        "ERROR",
                        "--output",
                        work.resolve("report.tsv").toString()));
        List<String> rows = Files.readAllLines(work.resolve("report.tsv"), StandardCharsets.UTF_8);
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("ERROR\t")), String.join("\n", rows));
    }

    private static void robot(String name, List<String> args) throws IOException, InterruptedException {
        assertTrue(
                Files.isDirectory(ROBOT),
                "target/robot/ is missing: mvn verify copies ROBOT there before the integration tests");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                ROBOT + "/*",
                "org.obolibrary.robot.CommandLineInterface"));
        command.addAll(args);
        Path log = work.resolve(name + ".log");
        Process robot = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(robot.waitFor(10, TimeUnit.MINUTES), "ROBOT " + name + " did not finish in 10 minutes");
        assertEquals(0, robot.exitValue(), () -> "ROBOT " + name + " failed: " + read(log));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<Map<String, String>> table(String file) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        return lines.stream()
                .skip(1)
                .map(l -> l.split("\t", -1))
                .peek(c -> assertEquals(header.size(), c.length, String.join("\t", c)))
                .map(c -> IntStream.range(0, header.size())
                        .boxed()
                        .collect(java.util.stream.Collectors.toMap(header::get, i -> c[i])))
                .toList();
    }

    @Test
    void kgxHasTheRequiredColumnsBiolinkTermsAndReferentialIntegrity() throws IOException {
        List<Map<String, String>> nodes = table(ReleaseOperation.NODES);
        List<Map<String, String>> edges = table(ReleaseOperation.EDGES);
        assertTrue(nodes.get(0).keySet().containsAll(List.of("id", "category", "name")));
        assertTrue(edges.get(0)
                .keySet()
                .containsAll(List.of(
                        "id",
                        "subject",
                        "predicate",
                        "object",
                        "knowledge_level",
                        "agent_type",
                        "primary_knowledge_source",
                        "publications",
                        "negated",
                        "supporting_text")));
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> assertTrue(ids.add(n.get("id")), "node listed twice: " + n.get("id")));
        assertTrue(edges.size() > 700, "one edge per claim: " + edges.size());
        for (Map<String, String> e : edges) {
            assertTrue(ids.contains(e.get("subject")) && ids.contains(e.get("object")), "dangling edge " + e.get("id"));
            assertTrue(e.get("predicate").startsWith("biolink:"), e.get("id"));
            assertFalse(e.get("publications").isEmpty(), "no publication: " + e.get("id"));
            assertEquals("knowledge_assertion", e.get("knowledge_level"));
            assertEquals("manual_agent", e.get("agent_type"));
        }
        nodes.forEach(n -> assertTrue(
                n.get("category").startsWith("biolink:") && !n.get("name").isEmpty(), n.toString()));
        BiolinkMappings mappings = BiolinkMappings.read(Fixtures.projectRoot().resolve("ontology/kgx"));
        assertEquals(
                List.of(),
                edges.stream()
                        .map(e -> e.get("original_predicate"))
                        .filter(p -> !mappings.maps(p))
                        .distinct()
                        .toList(),
                "relations missing from ontology/kgx/biolink-predicates.tsv");
    }

    @Test
    void kgxPublicationsAreDoisOfIdentifiedReferencesElseTheReview() throws IOException {
        List<Map<String, String>> edges = table(ReleaseOperation.EDGES);
        assertTrue(edges.stream()
                .filter(e -> e.get("msckg_citation").equals("ref:64"))
                .allMatch(e -> e.get("publications").equals("doi:10.7150/ijbs.16951")));
        assertTrue(edges.stream().anyMatch(e -> e.get("msckg_citation").equals("ref:64")));
        assertTrue(edges.stream()
                .filter(e -> e.get("msckg_citation").equals("ref:2"))
                .allMatch(e -> e.get("publications").equals(KgxExport.REVIEW_PUBLICATION)));
        assertTrue(edges.stream().anyMatch(e -> e.get("negated").equals("true")), "lacks expression of is negated");
        assertTrue(
                edges.stream().anyMatch(e -> e.get("species_context_qualifier").equals("NCBITaxon:10116")));
    }

    @Test
    void theMappingSetHasItsMetadataAndSubclassAxiomsAreNotBroadMatches() throws IOException {
        String sssom = Files.readString(out.resolve(ReleaseOperation.MAPPINGS), StandardCharsets.UTF_8);
        for (String key :
                List.of("mapping_set_id", "mapping_set_version", "creator_label", "mapping_date", "license")) {
            assertTrue(sssom.lines().anyMatch(l -> l.startsWith("# " + key + ":")), key);
        }
        assertTrue(
                sssom.contains("MSCKG:0000002\thPSC-derived mesenchymal stem cell\trdfs:subClassOf\tCL:0000134"),
                "a curated subclass axiom keeps its predicate");
        assertTrue(
                sssom.lines().noneMatch(l -> l.contains("skos:broadMatch") && l.contains("curated rdfs:subClassOf")));
    }

    @Test
    void theDatasetDescriptionCountsTheTriplesOfEachGraph() {
        Model voidModel =
                RDFDataMgr.loadModel(out.resolve(ReleaseOperation.DESCRIPTION).toString());
        DatasetGraph quads =
                RDFDataMgr.loadDatasetGraph(out.resolve(ReleaseOperation.QUADS).toString());
        for (NamedGraphs g : List.of(NamedGraphs.ONTOLOGY, NamedGraphs.ASSERTED, NamedGraphs.INFERRED)) {
            long n = quads.getGraph(g.node()).size();
            assertTrue(n > 0);
            assertEquals(
                    n, voidModel.getResource(g.iri()).getProperty(VOID.triples).getLong(), g.shortName());
        }
        assertTrue(voidModel.contains(
                DatasetDescription.DATASET, VOID.subset, voidModel.getResource(NamedGraphs.ASSERTED.iri())));
    }
}
