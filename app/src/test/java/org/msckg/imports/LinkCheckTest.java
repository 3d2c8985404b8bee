package org.msckg.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;

class LinkCheckTest {
    private static final String OBO = "http://purl.obolibrary.org/obo/";
    private final LinkCheck check = new LinkCheck(ImportedTerms.load(Fixtures.fixture("link/imports")));

    @Test
    void aTermMissingFromTheModuleOfItsOntologyIsReportedEvenIfAnotherModuleCouldHoldIt() {
        assertEquals(
                List.of("CL:0000999 is not in cl_module.owl", "GO:0001525 is not in go_module.owl"),
                check.missing(Set.of(OBO + "CL_0000134", OBO + "CL_0000999", OBO + "GO_0001525")));
    }

    @Test
    void aDeprecatedTermIsReportedWithItsLabel() {
        assertEquals(
                List.of("CL:0000001 'obsolete primary cell line cell' is deprecated in cl_module.owl"),
                check.deprecated(Set.of(OBO + "CL_0000134", OBO + "CL_0000001")));
    }

    @Test
    void labelsBesideExternalIdsMustBeTheLabelOrASynonymAndMatchTheIdsOneForOne() {
        List<LabelCells.LabelCell> cells = LabelCells.read(List.of(Fixtures.fixture("link/labels.tsv")));
        assertEquals(7, cells.size());
        assertEquals(
                List.of(
                        "labels.tsv:3 [context IDs]: CL:0000001 is labelled 'primary cell line cell', but the module says 'obsolete primary cell line cell'",
                        "labels.tsv:4 [subject ID]: CL:0000134 is labelled 'stromal stem cell', but the module says 'mesenchymal stem cell'",
                        "labels.tsv:4 [context IDs]: CL:0000134 has no label beside it (as many labels as IDs, in the same order)",
                        "labels.tsv:4 [context IDs]: CL:0000134 has no label beside it (as many labels as IDs, in the same order)"),
                check.labelMismatches(cells));
    }

    @Test
    void projectTermsNamedLikeAnExternalTermAreDuplicatesButRelatedSynonymsAreNot() {
        List<LinkCheck.Duplicate> d = check.duplicates(
                RDFDataMgr.loadModel(Fixtures.fixture("link/project-terms.ttl").toString()));
        assertEquals(
                List.of(
                        new LinkCheck.Duplicate(
                                "MSCKG:0000001", "Mesenchymal Stem Cell", "CL:0000134", "mesenchymal stem cell"),
                        new LinkCheck.Duplicate("MSCKG:0000002", "bone  marrow", "UBERON:0002371", "bone marrow")),
                d);
    }
}
