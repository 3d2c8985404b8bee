package org.msckg.store;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.tdb2.lib.NodeLib;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.Hash;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TProtocol;

/**
 * Writes the node table of an empty TDB2 dataset as {@code tdb2.xloader} does: each node appended to
 * the data file once, then the index from node hash to id sorted in memory and written bottom up as a
 * packed B+tree. TDB2's own allocation inserts each hash into the B+tree as it comes: in an x1000
 * build that was a fifth of the load's CPU (JFR). Values TDB2 inlines (numbers, dates, booleans) get
 * their inline id and no entry. Nodes come here once each (the caller keeps their ids), and nodes
 * equal as Jena nodes are the nodes TDB2 hashes alike, so every hash is written once.
 */
final class PackedNodeTable {
    private final NodeTable nodes;
    private final BinaryDataFile data;
    private final BPlusTree index;
    private final Hash hash = new Hash(SystemTDB.LenNodeHash);
    private final byte[] idBytes = new byte[NodeId.SIZE];
    private final ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    private final TProtocol protocol = TRDF.protocol(encoded);
    /** Per written node: its hash (two longs, sign bits flipped, so that signed order is byte order), its id, 0. */
    private long[] written = new long[1024 * TupleSort.WIDTH];

    private int count;
    private long end;

    PackedNodeTable(NodeTable nodes) {
        NodeTableTRDF table = (NodeTableTRDF) nodes.baseNodeTable();
        this.nodes = nodes;
        this.data = table.getData();
        this.index = (BPlusTree) table.getIndex();
    }

    /** Runs {@code work}, which allocates ids with {@link #id}, in one write transaction of the node table, and writes the index at its end. */
    <T> T write(Supplier<T> work) {
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodes);
        CoLib.start(coordinator);
        Transaction txn = coordinator.begin(TxnType.WRITE);
        try {
            end = data.length();
            T result = work.get();
            packIndex();
            txn.commit();
            return result;
        } catch (RuntimeException e) {
            txn.abort();
            throw e;
        } finally {
            txn.end();
        }
    }

    /** The id of a node not given before, as the eight bytes TDB2 stores (a long). */
    long id(Node node) {
        NodeId inline = NodeId.inline(node);
        if (inline != null) {
            return bytes(inline);
        }
        NodeLib.setHash(hash, node);
        encoded.reset();
        try {
            // As lexical forms: TDB2's own writer encodes integers as values, and an integer longer than 64
            // bits then reads back cut to its low 64 bits once the node cache no longer holds it.
            ThriftConvert.convert(node, false).write(protocol);
        } catch (TException e) {
            throw new IllegalStateException("cannot encode " + node + " for the node table", e);
        }
        TRDF.flush(protocol);
        byte[] term = encoded.toByteArray();
        long id = bytes(NodeIdFactory.createPtr(end));
        data.write(term);
        end += term.length;
        if ((count + 1) * TupleSort.WIDTH > written.length) {
            written = Arrays.copyOf(written, written.length * 2);
        }
        int at = count++ * TupleSort.WIDTH;
        byte[] h = hash.getBytes();
        written[at] = Bytes.getLong(h, 0) ^ Long.MIN_VALUE;
        written[at + 1] = Bytes.getLong(h, Long.BYTES) ^ Long.MIN_VALUE;
        written[at + 2] = id;
        return id;
    }

    private long bytes(NodeId id) {
        NodeIdFactory.set(id, idBytes, 0);
        return Bytes.getLong(idBytes, 0);
    }

    private void packIndex() {
        long[] rows = Arrays.copyOf(written, count * TupleSort.WIDTH);
        written = null;
        TupleSort.sort(rows, new int[] {0, 1, 2, 3});
        RecordFactory records = index.getRecordFactory();
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
                byte[] key = new byte[SystemTDB.LenNodeHash];
                Bytes.setLong(rows[row] ^ Long.MIN_VALUE, key, 0);
                Bytes.setLong(rows[row + 1] ^ Long.MIN_VALUE, key, Long.BYTES);
                byte[] value = new byte[NodeId.SIZE];
                Bytes.setLong(rows[row + 2], value, 0);
                row += TupleSort.WIDTH;
                return records.create(key, value);
            }
        };
        BPlusTreeRewriter.packIntoBPlusTree(
                sorted,
                index.getParams(),
                records,
                index.getStateManager().getBufferChannel(),
                index.getNodeManager().getBlockMgr(),
                index.getRecordsMgr().getBlockMgr());
    }
}
