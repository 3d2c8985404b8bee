package org.msckg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;

class CuratedTablesTest {
    private final Path dir = Fixtures.fixture("tables");
    private final TemplateConverter converter = new TemplateConverter(ReviewText.read(dir.resolve("review.txt")), dir);

    private List<Path> tables(String... names) {
        return List.of(names).stream().map(dir::resolve).toList();
    }

    @Test
    void theTablesAreConvertedIntoOneGraphWithTheirRowsInTheGivenOrder() {
        CuratedTables t = CuratedTables.convert(tables("good-claims.tsv"), converter);
        assertEquals(Map.of("good-claims.tsv", 2), t.rowsPerTable());
        assertEquals(
                converter.convert(TsvTable.read(dir.resolve("good-claims.tsv"))).size(),
                t.model().size());
    }

    @Test
    void whenSeveralTablesFailTheFirstOfThemInTheGivenOrderIsReported() {
        for (int i = 0; i < 5; i++) {
            var e = assertThrows(
                    CurationException.class,
                    () -> CuratedTables.convert(
                            tables("good-claims.tsv", "malformed-curie.tsv", "bad-citation.tsv"), converter));
            assertTrue(e.getMessage().startsWith("MSCKG-CUR-018 malformed-curie.tsv:3:6"), e.getMessage());
            var f = assertThrows(
                    CurationException.class,
                    () -> CuratedTables.convert(
                            tables("bad-citation.tsv", "good-claims.tsv", "malformed-curie.tsv"), converter));
            assertTrue(f.getMessage().startsWith("MSCKG-CUR-011 bad-citation.tsv:3:7"), f.getMessage());
        }
    }
}
