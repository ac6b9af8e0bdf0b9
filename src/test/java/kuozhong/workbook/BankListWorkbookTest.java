package kuozhong.workbook;

import static kuozhong.workbook.WorkbookChecks.assertTableLayout;
import static kuozhong.workbook.WorkbookChecks.format;
import static kuozhong.workbook.WorkbookChecks.row;
import static kuozhong.workbook.WorkbookChecks.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankListWorkbookTest {
    static final char[] PASSWORD = "扩中-bank-2025!".toCharArray();

    @TempDir
    Path dir;

    static List<BankListRow> members() {
        return List.of(
                new BankListRow("H0001", "331126001", "城东社区", "张三丰", "33112619800101123X", "02", 3,
                        new BigDecimal("86543.21")),
                new BankListRow("H0001", "331126001", "城东社区", "李四", "331126198203021234", "10", 3,
                        new BigDecimal("86543.21")),
                new BankListRow("H0001", "331126001", "城东社区", "张小明", "331126201005051235", "20", 3,
                        new BigDecimal("86543.21")),
                new BankListRow("H0002", "331126101", "黄田村", "王五", "331126197001011236", "85", 1,
                        new BigDecimal("1234567.00")));
    }

    @Test
    void decryptsWithThePasswordToTheFullList() throws Exception {
        Path file = dir.resolve("bank-list.xlsx");
        BankListWorkbook.write(members(), PASSWORD, file);

        try (XSSFWorkbook wb = decrypt(file, new String(PASSWORD))) {
            assertThat(sheetNames(wb)).containsExactly("扩中家庭名单");
            Sheet s = wb.getSheetAt(0);
            assertTableLayout(s, 0);
            assertThat(row(s, 0)).containsExactly("户号", "乡镇(街道)", "村(社区)", "姓名", "身份证号", "关系代码",
                    "与户主关系", "家庭人口", "家庭年可支配收入");
            assertThat(row(s, 1)).containsExactly("H0001", "濛洲街道", "城东社区", "张三丰", "33112619800101123X", "02",
                    "户主", "3", "86,543.21");
            assertThat(row(s, 2).subList(3, 7)).containsExactly("李四", "331126198203021234", "10", "配偶");
            assertThat(row(s, 3).get(6)).isEqualTo("子女");
            assertThat(row(s, 4)).containsExactly("H0002", "黄田镇", "黄田村", "王五", "331126197001011236", "85", "其他",
                    "1", "1,234,567.00");
            Cell id = s.getRow(2).getCell(4);
            assertThat(id.getCellType()).isEqualTo(CellType.STRING);
            assertThat(format(id)).isEqualTo("@");
            Cell income = s.getRow(1).getCell(8);
            assertThat(income.getNumericCellValue()).isEqualTo(86543.21);
            assertThat(format(income)).isEqualTo("#,##0.00");
            assertThat(s.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void isAgileEncryptedAndNeverPlainOnDisk() throws Exception {
        Path file = dir.resolve("bank-list.xlsx");
        BankListWorkbook.write(members(), PASSWORD, file);

        byte[] bytes = Files.readAllBytes(file);
        // an OLE2 container (EncryptionInfo + EncryptedPackage), not a zip
        assertThat(bytes).startsWith(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("331126198203021234").doesNotContain("xl/worksheets");
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            EncryptionInfo info = new EncryptionInfo(fs);
            assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            // the decrypted package is a plain zip that even a streaming reader accepts
            Decryptor d = Decryptor.getInstance(info);
            assertThat(d.verifyPassword(new String(PASSWORD))).isTrue();
            List<String> entries = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(d.getDataStream(fs))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                    zip.readAllBytes();
                    entries.add(e.getName());
                }
            }
            assertThat(entries).contains("xl/workbook.xml", "xl/worksheets/sheet1.xml");
        }
    }

    @Test
    void wrongPasswordFails() throws Exception {
        Path file = dir.resolve("bank-list.xlsx");
        BankListWorkbook.write(members(), PASSWORD, file);

        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor d = Decryptor.getInstance(new EncryptionInfo(fs));
            assertThat(d.verifyPassword("wrong")).isFalse();
        }
        assertThatThrownBy(() -> WorkbookFactory.create(file.toFile(), "wrong", true).close())
                .isInstanceOf(EncryptedDocumentException.class);
        assertThatThrownBy(() -> WorkbookFactory.create(file.toFile()).close())
                .isInstanceOf(EncryptedDocumentException.class);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), new String(PASSWORD), true)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void fileModeIs0600EvenWhenReplacingAReadableFile() throws Exception {
        Path file = dir.resolve("bank-list.xlsx");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        BankListWorkbook.write(members(), PASSWORD, file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refusesAMissingPassword() {
        Path file = dir.resolve("bank-list.xlsx");
        assertThatThrownBy(() -> BankListWorkbook.write(members(), new char[0], file))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankListWorkbook.write(members(), null, file))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    /**
     * While rows stream out, the temporary files POI writes hold no readable sheet XML (no gzip, no
     * XML, no identity number); once written, none is left.
     */
    @Test
    void temporaryFilesAreEncryptedAndRemoved() throws Exception {
        Path temp = Files.createDirectory(dir.resolve("poi-temp"));
        Path file = dir.resolve("out").resolve("bank-list.xlsx");
        List<String> peeked = new ArrayList<>();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        try {
            Iterable<BankListRow> rows = () -> new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < 3000;
                }

                @Override
                public BankListRow next() {
                    if (i == 2500) {
                        peeked.addAll(inspectTempFiles(temp));
                    }
                    i++;
                    return new BankListRow("H" + i, "331126001", "村", "张三", "3311261980" + String.format("%08d", i),
                            "02", 1, BigDecimal.TEN);
                }
            };
            BankListWorkbook.write(rows, PASSWORD, file);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        assertThat(peeked).as("temporary files seen while writing").isNotEmpty()
                .allSatisfy(p -> assertThat(p).startsWith("ok "));
        try (Stream<Path> left = Files.walk(temp)) {
            assertThat(left.filter(Files::isRegularFile)).as("temporary files left").isEmpty();
        }
        try (XSSFWorkbook wb = decrypt(file, new String(PASSWORD))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3000);
            assertThat(wb.getSheetAt(0).getRow(3000).getCell(4).getStringCellValue()).isEqualTo("331126198000003000");
        }
    }

    private static List<String> inspectTempFiles(Path temp) {
        List<String> seen = new ArrayList<>();
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(p);
                String raw = new String(b, StandardCharsets.ISO_8859_1);
                boolean gzip = b.length > 1 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
                boolean plain = raw.contains("<row") || raw.contains("<c ") || raw.contains("3311261980");
                seen.add((gzip || plain ? "PLAIN " : "ok ") + p.getFileName() + " " + b.length);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return seen;
    }

    static XSSFWorkbook decrypt(Path file, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor d = Decryptor.getInstance(new EncryptionInfo(fs));
            assertThat(d.verifyPassword(password)).as("password accepted").isTrue();
            try (InputStream in = d.getDataStream(fs)) {
                return new XSSFWorkbook(in);
            }
        }
    }

}
