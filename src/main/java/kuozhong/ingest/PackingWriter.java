package kuozhong.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;

import kuozhong.db.Batches;

/**
 * The load-table writer of a packed source ({@link PackedRuns}): gathers the accepted rows of each chunk into
 * runs and writes the complete runs through the database writer once {@link Batches#SIZE} of them are
 * waiting (one commit per so many runs, not per chunk of records: a chunk of the ledger's 5,000 transactions
 * makes only some 250 runs, and a commit costs H2 a write of its store); the run still open moves on to the
 * next chunk, the rest is written by {@link #finish}. It holds at most that many bounded runs.
 */
final class PackingWriter implements LoadTableWriter {
    private final LoadTableWriter rows;
    private final PackedRuns.Packer packer;
    private final List<Object[]> runs = new ArrayList<>();

    PackingWriter(LoadTableWriter rows, PackedRuns layout) {
        this.rows = rows;
        this.packer = layout.packer(runs::add);
    }

    @Override
    public void write(Chunk<? extends Object[]> chunk) throws Exception {
        for (Object[] row : chunk) {
            packer.add(row);
        }
        if (runs.size() >= Batches.SIZE) {
            writeRuns();
        }
    }

    @Override
    public void finish() {
        packer.flush();
        try {
            writeRuns();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        rows.finish();
    }

    private void writeRuns() throws Exception {
        if (!runs.isEmpty()) {
            rows.write(new Chunk<>(new ArrayList<>(runs)));
            runs.clear();
        }
    }

    @Override
    public void close() {
        rows.close();
    }
}
