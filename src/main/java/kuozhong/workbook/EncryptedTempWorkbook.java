package kuozhong.workbook;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook whose temporary files never hold personal data in plain form.
 *
 * <p>A plain {@code SXSSFWorkbook} flushes the rows it no longer keeps in memory to temporary files
 * ({@code poi-sxssf-sheet*.xml[.gz]}) and {@code dispose()} deletes them; gzip is no protection, and a
 * crash or kill between writing and disposing leaves every name and identity number written so far
 * on disk. Here (POI's {@link SXSSFWorkbookWithCustomZipEntrySource}) the sheet data is gzipped, then
 * AES-encrypted with a random key that lives only in memory, and the workbook's other parts are
 * staged in an encrypted temporary zip as well. A file left behind by a crash is unreadable noise.
 * The final file is written to the caller's stream, which for the bank list is the agile encryptor.
 *
 * <p>Residual risk: the rows in the window (20) and the content being written are in the heap, as with
 * any program handling the data; temporary files of a crashed run still take disk space until removed.
 */
final class EncryptedTempWorkbook extends SXSSFWorkbookWithCustomZipEntrySource {

    EncryptedTempWorkbook() {
        // POI's default (Zip64Mode.Always) writes Zip64 data descriptors without a Zip64 extra field,
        // which Excel accepts but java.util.zip.ZipInputStream and other stream readers on the bank's
        // side reject. Plain zip entries carry up to 4 GB each: some ten million rows.
        setZip64Mode(Zip64Mode.AsNeeded);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GzipEncryptedSheetDataWriter();
    }

    /** Gzip inside the encryption: compressing encrypted bytes would gain nothing. */
    static final class GzipEncryptedSheetDataWriter extends SheetDataWriterWithDecorator {
        GzipEncryptedSheetDataWriter() throws IOException {
            super();
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) {
            try {
                return new GZIPOutputStream(super.decorateOutputStream(fos), 64 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) {
            try {
                return new GZIPInputStream(super.decorateInputStream(fis), 64 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
