package kuozhong.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The load-table writer of a packed series ({@link PackedRuns}): gathers the accepted rows of each chunk into
 * runs and writes the runs complete so far, each chunk's through the database writer (one commit a chunk, as
 * before); the run still open moves on to the next chunk, the last one is written by {@link #finish}.
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
        writeRuns();
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
