package org.msckg.build;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.curate.CuratedTables;
import org.msckg.curate.MentionNames;
import org.msckg.curate.ReferenceTable;
import org.msckg.curate.ReviewText;
import org.msckg.curate.TemplateConverter;
import org.msckg.imports.ExternalTerms;
import org.msckg.imports.ImportTaxonomy;
import org.msckg.imports.ImportTaxonomyFile;
import org.msckg.reason.ContradictionFinder;
import org.msckg.reason.HierarchyMaterializer;
import org.msckg.reason.OntologyReasoner;
import org.msckg.reason.OwlOntologies;
import org.msckg.reason.RelationGraph;
import org.msckg.reason.mechanism.ClosureBuilder;
import org.msckg.reason.mechanism.ClosureWriter;
import org.msckg.reason.mechanism.Hop;
import org.msckg.reason.mechanism.Hops;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasonerFactory;

/**
 * Builds the graph from a project's sources: curated tables to RDF, imports, reasoning, materialized
 * inferences, SHACL validation. It returns the graphs; storing them is the caller's business.
 */
public final class BuildOperation {
    private final ProjectLayout layout;
    private final OWLReasonerFactory reasonerFactory;

    public BuildOperation(ProjectLayout layout, OWLReasonerFactory reasonerFactory) {
        this.layout = layout;
        this.reasonerFactory = reasonerFactory;
    }

    /** Builds and validates the graphs. */
    public BuildResult run(Consumer<String> progress) {
        return prepare(progress).validated();
    }

    /**
     * Builds the graphs and leaves their validation to the caller: a publish runs it beside its write
     * and publishes only graphs that passed (PublishOperation).
     */
    public Pending prepare(Consumer<String> progress) {
        StageClock clock = new StageClock(progress);
        SourceChecksum sources = SourceChecksum.of(layout);
        ReviewText review = ReviewText.read(layout.reviewFile());
        TemplateConverter converter = new TemplateConverter(review, layout.root());

        Model ontology = clock.run("parse ontology", () -> {
            Model m = RDFDataMgr.loadModel(layout.ontologyFile().toString());
            m.add(CuratedTables.convert(layout.termTables(), converter).model());
            return m;
        });
        CuratedTables claims = clock.run("parse claims", () -> CuratedTables.convert(layout.claimTables(), converter));
        Model asserted = claims.model()
                .add(clock.run(
                        "parse registers",
                        () -> CuratedTables.convert(layout.registerTables(), converter)
                                .model()))
                .add(ReferenceTable.read(layout.referencesFile()).toRdf(review.lastReference()));

        Model imports = clock.run("load imports", () -> {
            Model m = ModelFactory.createDefaultModel();
            layout.importModules().forEach(f -> RDFDataMgr.read(m, f.toString()));
            MentionNames.read(layout.mentionsFile())
                    .listStatements()
                    .filterKeep(st -> m.contains(st.getSubject(), RDFS.label))
                    .forEach(m::add);
            return m;
        });
        Model taxonomy = clock.run("load import taxonomy", () -> ImportTaxonomyFile.read(layout));
        OWLOntology merged = clock.run(
                "extract import module",
                () -> OwlOntologies.withModule(
                        OwlOntologies.fromRdf(ontology),
                        OwlOntologies.fromRdf(ImportTaxonomy.forReasoning(imports, taxonomy))
                                .axioms()
                                .toList(),
                        ExternalTerms.allUsedIn(asserted)));
        OntologyReasoner.Classification classification =
                clock.run("reason (HermiT)", () -> new OntologyReasoner(reasonerFactory).classify(merged));
        HierarchyMaterializer hierarchy = new HierarchyMaterializer(classification.subClassAxioms());
        // A view, not a copy: Model.union copied the x1000 claims twice, 15 % of that build's CPU (JFR).
        Model claimsAndOntology = ModelFactory.createUnion(asserted, ontology);
        List<Hop> hops = Hops.read(claimsAndOntology);
        // The closure needs only the hops and the hierarchy: it runs beside the next three stages.
        Beside<Model> chains = Beside.start(
                "materialize chains",
                () -> clock.run(
                        "materialize chains",
                        () -> ClosureWriter.write(new ClosureBuilder(hops, hierarchy::superClassesOf).build())));
        Model tbox = ontology.union(imports);
        Model inferred;
        try {
            inferred = clock.run("materialize hierarchy", () -> hierarchy.materialize(claimsAndOntology));
            clock.run(
                    "materialize class relations",
                    () -> inferred.add(new RelationGraph(tbox, hierarchy::superClassesOf, taxonomy)
                            .materialize(tbox, classesInScope(ontology, asserted))));
            clock.run(
                    "find contradictions",
                    () -> inferred.add(ContradictionFinder.find(
                                    hops, ContradictionFinder.comparisons(asserted), hierarchy::superClassesOf))
                            .add(ContradictionFinder.disagreements(
                                    ContradictionFinder.stances(asserted), hierarchy::superClassesOf)));
        } catch (RuntimeException e) {
            chains.await();
            throw e;
        }
        clock.run("add chains", () -> inferred.add(chains.join()));
        clock.run("drop unlabelled terms", () -> inferred.remove(naming(inferred, tbox)));
        Runnable validation = () -> clock.run("validate (SHACL)", () -> {
            new ShapeValidator(layout.shapesFile())
                    .validate(ShapeValidator.validatedGraph(ontology, imports, asserted, inferred));
            return null;
        });

        Map<NamedGraphs, Model> graphs = new EnumMap<>(NamedGraphs.class);
        graphs.put(NamedGraphs.ONTOLOGY, ontology);
        graphs.put(NamedGraphs.IMPORTS, imports);
        graphs.put(NamedGraphs.ASSERTED, asserted);
        graphs.put(NamedGraphs.INFERRED, inferred);
        BuildRecord record = BuildRecord.of(sources, graphs);
        graphs.put(NamedGraphs.BUILD, record.toModel().add(SectionCounts.toModel(record, SectionCounts.of(asserted))));
        BuildResult result = new BuildResult(
                graphs,
                clock.millis(),
                claims.rowsPerTable(),
                citedReferences(asserted),
                review.lastReference(),
                classification.classCount(),
                classification.subClassAxioms().size(),
                sources.value());
        return new Pending(result, validation);
    }

    /**
     * Graphs built and not yet validated. The validation's time joins the result's stage times when
     * it has run; until it has passed, the graphs must not be published.
     */
    public record Pending(BuildResult result, Runnable validation) {
        public BuildResult validated() {
            validation.run();
            return result;
        }
    }

    /** The classes whose relations are materialized: the project's and every term its claims touch. */
    public static Set<String> classesInScope(Model ontology, Model asserted) {
        Set<String> scope = new HashSet<>();
        ontology.listSubjectsWithProperty(RDFS.subClassOf)
                .filterKeep(Resource::isURIResource)
                .forEach(r -> scope.add(r.getURI()));
        for (var p : List.of(RDF.subject, RDF.object)) {
            asserted.listObjectsOfProperty(p)
                    .filterKeep(n -> n.isURIResource())
                    .forEach(n -> scope.add(n.asResource().getURI()));
        }
        return scope;
    }

    /**
     * The inferred statements that name an OBO term labelled nowhere (a class the modules' axioms
     * mention without importing it): materialized, they would show a bare IRI
     * (queries/qc/unlabelled-obo-term-violation.rq), so they are left out.
     */
    private static List<Statement> naming(Model inferred, Model labels) {
        return inferred.listStatements()
                .filterKeep(st -> unlabelledObo(st.getSubject(), labels)
                        || unlabelledObo(st.getPredicate(), labels)
                        || unlabelledObo(st.getObject(), labels))
                .toList();
    }

    private static boolean unlabelledObo(RDFNode n, Model labels) {
        return n.isURIResource()
                && n.asResource().getURI().startsWith(Prefixes.OBO)
                && !labels.contains(n.asResource(), RDFS.label);
    }

    private static Set<Integer> citedReferences(Model asserted) {
        Set<Integer> cited = new TreeSet<>();
        asserted.listObjectsOfProperty(MSCKG.citation).forEach(o -> {
            String uri = o.asResource().getURI();
            String local = uri.substring(MSCKG.REF.length());
            if (local.chars().allMatch(Character::isDigit)) {
                cited.add(Integer.parseInt(local));
            }
        });
        return cited;
    }
}
