package org.msckg.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.msckg.curate.Directive;
import org.msckg.curate.TsvTable;

/**
 * The labels curators write beside IDs: in a curated table, a {@code >} column right after a column
 * of IDs holds, value for value, the labels of those IDs.
 */
public final class LabelCells {
    private LabelCells() {}

    /** One ID with the label written beside it; {@code label} is empty when the counts do not match. */
    public record LabelCell(Path file, int line, String header, String id, String label) {
        public String where() {
            return "%s:%d [%s]".formatted(file.getFileName(), line, header);
        }
    }

    public static List<LabelCell> read(List<Path> tables) {
        List<LabelCell> cells = new ArrayList<>();
        for (Path file : tables) {
            TsvTable table = TsvTable.read(file);
            List<Directive> directives = table.directives().stream()
                    .map(d -> Directive.parse(d)
                            .orElseThrow(() -> new IllegalArgumentException(file + ": bad directive " + d)))
                    .toList();
            List<Integer> idColumns = new ArrayList<>();
            for (int c = 0; c + 1 < directives.size(); c++) {
                if (holdsIds(table.directives().get(c))
                        && table.directives().get(c + 1).trim().equals(">")) {
                    idColumns.add(c);
                }
            }
            for (TsvTable.Row row : table.rows()) {
                for (int c : idColumns) {
                    pairs(file, row, table.headers().get(c), directives.get(c), row.cell(c), row.cell(c + 1), cells);
                }
            }
        }
        return cells;
    }

    private static boolean holdsIds(String directive) {
        String d = directive.trim();
        return !d.equals(">") && !d.isEmpty();
    }

    private static void pairs(
            Path file, TsvTable.Row row, String header, Directive d, String ids, String labels, List<LabelCell> out) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> idList = d.values(ids);
        List<String> labelList = d.split() ? List.of(labels.split("\\|", -1)) : List.of(labels);
        for (int i = 0; i < idList.size(); i++) {
            String label = idList.size() == labelList.size() ? labelList.get(i).trim() : "";
            out.add(new LabelCell(file, row.line(), header, idList.get(i), label));
        }
    }
}
