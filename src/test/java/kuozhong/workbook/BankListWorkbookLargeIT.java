package kuozhong.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 400,000 members streamed from a lazy iterable: memory stays flat (run it with {@code -Xmx256m} to
 * see), and the decrypted file holds every row. Read back by streaming the sheet XML, since a
 * 400,000-row workbook does not fit a small heap as a DOM.
 */
class BankListWorkbookLargeIT {
    private static final int MEMBERS = 400_000;

    @TempDir
    Path dir;

    @Test
    void streamsFourHundredThousandMembers() throws Exception {
        Path file = dir.resolve("bank-list.xlsx");
        Iterable<BankListRow> rows = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < MEMBERS;
            }

            @Override
            public BankListRow next() {
                i++;
                return new BankListRow(String.format("H%09d", (i + 2) / 3), "331126101", "黄田村", "张三丰",
                        "3311261980" + String.format("%08d", i), i % 3 == 1 ? "02" : "20", 3,
                        new BigDecimal("86543.21"));
            }
        };
        long start = System.nanoTime();
        BankListWorkbook.write(rows, "pw".toCharArray(), file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("bank list of %d members: %d ms, %d bytes, max heap %d MB%n", MEMBERS, millis,
                Files.size(file), Runtime.getRuntime().maxMemory() >> 20);

        long rowsInXml = 0;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor d = Decryptor.getInstance(new EncryptionInfo(fs));
            assertThat(d.verifyPassword("pw")).isTrue();
            try (InputStream in = d.getDataStream(fs); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                        rowsInXml = countRows(zip);
                    }
                }
            }
        }
        assertThat(rowsInXml).isEqualTo(MEMBERS + 1);
    }

    private static long countRows(InputStream in) throws Exception {
        byte[] needle = "<row ".getBytes(StandardCharsets.US_ASCII);
        long count = 0;
        int matched = 0;
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0;) {
            for (int k = 0; k < n; k++) {
                if (buf[k] == needle[matched]) {
                    if (++matched == needle.length) {
                        count++;
                        matched = 0;
                    }
                } else {
                    matched = buf[k] == needle[0] ? 1 : 0;
                }
            }
        }
        return count;
    }
}
