package org.msckg.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.msckg.vocab.NamedGraphs;

/**
 * Writes graphs held in memory into an empty TDB2 dataset the way Jena's {@code tdb2.xloader} builds
 * its indexes, without its temporary files and external sort: the node table ({@link PackedNodeTable}), then each of the
 * six quad indexes sorted in memory and written bottom up as a packed B+tree. TDB2's other loaders
 * insert every quad into B+trees one at a time: in an x100 build, 89 % of the sequential loader's CPU
 * samples (JFR) were such inserts. The heap holds 32 bytes a quad, and a map entry and 32 bytes a
 * distinct node, while the indexes are written.
 */
final class PackedLoader {
    private static final String PRIMARY = "GSPO";

    private PackedLoader() {}

    static void load(DatasetGraph empty, Map<NamedGraphs, Model> graphs) {
        NodeTupleTable quads =
                TDBInternal.getDatasetGraphTDB(empty).getQuadTable().getNodeTupleTable();
        PackedNodeTable nodes = new PackedNodeTable(quads.getNodeTable());
        long[] rows = nodes.write(() -> rows(nodes, graphs));
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            int[] columns = columns(index.getName());
            TupleSort.sort(rows, columns);
            rows = TupleSort.distinct(rows);
            pack((TupleIndexRecord) index, rows, columns);
        }
    }

    /**
     * One row of node ids per quad, in GSPO order. Each id has its sign bit flipped, so that signed
     * comparison orders the rows as TDB2 orders the ids' bytes, unsigned. Two quads can share a row:
     * TDB2 gives literals of one value one inline id ("1" and "01" as xsd:integer).
     */
    private static long[] rows(PackedNodeTable nodes, Map<NamedGraphs, Model> graphs) {
        long quads = graphs.values().stream().mapToLong(Model::size).sum();
        long[] rows = new long[Math.toIntExact(Math.multiplyExact(quads, TupleSort.WIDTH))];
        Map<Node, Long> ids = new HashMap<>();
        Function<Node, Long> id = n -> nodes.id(n) ^ Long.MIN_VALUE;
        int i = 0;
        for (Map.Entry<NamedGraphs, Model> e : graphs.entrySet()) {
            long g = ids.computeIfAbsent(e.getKey().node(), id);
            Iterator<Triple> triples = e.getValue().getGraph().find();
            while (triples.hasNext()) {
                Triple t = triples.next();
                rows[i++] = g;
                rows[i++] = ids.computeIfAbsent(t.getSubject(), id);
                rows[i++] = ids.computeIfAbsent(t.getPredicate(), id);
                rows[i++] = ids.computeIfAbsent(t.getObject(), id);
            }
        }
        return rows;
    }

    /** The GSPO columns in the order of the index named {@code name} ("POSG": 2, 3, 1, 0). */
    private static int[] columns(String name) {
        return name.chars().map(PRIMARY::indexOf).toArray();
    }

    /** Writes the sorted rows as the index's B+tree, in a transaction of that index alone, as xloader does. */
    private static void pack(TupleIndexRecord index, long[] rows, int[] columns) {
        BPlusTree tree = (BPlusTree) index.getRangeIndex();
        RecordFactory records = tree.getRecordFactory();
        Iterator<Record> sorted = new Iterator<>() {
            private int row = 0;

            @Override
            public boolean hasNext() {
                return row < rows.length;
            }

            @Override
            public Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                byte[] key = new byte[columns.length * Long.BYTES];
                for (int k = 0; k < columns.length; k++) {
                    Bytes.setLong(rows[row + columns[k]] ^ Long.MIN_VALUE, key, k * Long.BYTES);
                }
                row += TupleSort.WIDTH;
                return records.create(key);
            }
        };
        CoLib.executeWrite(
                index,
                () -> BPlusTreeRewriter.packIntoBPlusTree(
                        sorted,
                        tree.getParams(),
                        records,
                        tree.getStateManager().getBufferChannel(),
                        tree.getNodeManager().getBlockMgr(),
                        tree.getRecordsMgr().getBlockMgr()));
    }
}
