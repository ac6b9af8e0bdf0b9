package kuozhong.workbook;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.util.RandomSingleton;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook whose temporary files never hold personal data in plain form.
 *
 * <p>A plain {@code SXSSFWorkbook} flushes the rows it no longer keeps in memory to temporary files
 * ({@code poi-sxssf-sheet*.xml[.gz]}) and {@code dispose()} deletes them; gzip is no protection, and a
 * crash or kill between writing and disposing leaves every name and identity number written so far
 * on disk. Here (POI's {@link SXSSFWorkbookWithCustomZipEntrySource}) the sheet data is gzipped, then
 * AES-encrypted with a random key that lives only in memory ({@link EncryptedSheetDataWriter}), and the
 * workbook's other parts are staged in an encrypted temporary zip as well. A file left behind by a crash
 * is unreadable noise. The final file is written to the caller's stream, which for the bank list is the
 * agile encryptor.
 *
 * <p>Cheaper than POI's own (issue 12: the two bank workbooks were a quarter of a county-size list build's
 * CPU): the sheet data is written by {@link Utf8SheetDataWriter} and gzipped at the fastest level (a
 * throw-away file), the final zip is deflated at the fastest level too; the parts are the same.
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
        return new EncryptedSheetDataWriter();
    }

    /**
     * The final zip deflated at {@link Deflater#BEST_SPEED}, as the subsidy workbook's: the same parts with the same
     * content, compressed a little less (the files grow by about a quarter), deflated several times faster.
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zos = super.createArchiveOutputStream(out);
        zos.setLevel(Deflater.BEST_SPEED);
        return zos;
    }

    /**
     * The fast sheet data writer ({@link Utf8SheetDataWriter}) over gzip at {@link Deflater#BEST_SPEED} inside
     * AES-128 (CBC, PKCS#5 padding) with a random key and IV that live only in this object, as POI's
     * {@code SheetDataWriterWithDecorator} encrypts; compressing encrypted bytes would gain nothing. The temporary
     * file is read back once, through a 64 KB buffer (POI's reads it 512 bytes per system call).
     */
    static final class EncryptedSheetDataWriter extends Utf8SheetDataWriter {
        private static final int BUFFER = 64 * 1024;
        private static final String TRANSFORMATION = "AES/CBC/PKCS5Padding";
        /*
         * Set by decorateOutputStream, which the super constructor calls: no initialiser, or it would run after
         * that call and overwrite them.
         */
        private SecretKeySpec key;
        private IvParameterSpec iv;

        EncryptedSheetDataWriter() throws IOException {
            super(null);
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            SecureRandom random = RandomSingleton.getInstance();
            byte[] k = new byte[16];
            byte[] v = new byte[16];
            random.nextBytes(k);
            random.nextBytes(v);
            key = new SecretKeySpec(k, "AES");
            iv = new IvParameterSpec(v);
            return new GZIPOutputStream(new CipherOutputStream(fos, cipher(Cipher.ENCRYPT_MODE)), BUFFER) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
            return new GZIPInputStream(
                    new CipherInputStream(new BufferedInputStream(fis, BUFFER), cipher(Cipher.DECRYPT_MODE)), BUFFER);
        }

        private Cipher cipher(int mode) throws IOException {
            try {
                Cipher c = Cipher.getInstance(TRANSFORMATION);
                c.init(mode, key, iv);
                return c;
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot encrypt the temporary sheet data: " + e.getMessage(), e);
            }
        }
    }
}
