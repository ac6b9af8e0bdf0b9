package kuozhong.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import kuozhong.common.AtomicFiles;
import kuozhong.common.Townships;
import kuozhong.workbook.Sheets.Column;
import kuozhong.workbook.Sheets.Kind;

/**
 * {@code bank-list.xlsx}: one row per member of an included household, with full names and identity
 * numbers, for the bank (target-list.md, "Outputs"). Protected three ways:
 * <ul>
 * <li>OOXML agile encryption (AES-256, SHA-512: Excel's own default, opened by Excel, WPS and
 * LibreOffice) with the given password;</li>
 * <li>the workbook is streamed straight into the encryptor, and the streaming workbook's own
 * temporary files are encrypted with a throw-away key ({@link EncryptedTempWorkbook}), so no byte of
 * personal data reaches the disk in plain form; the encryptor's own temporary file holds ciphertext;</li>
 * <li>the file is created with mode 0600 before anything is written (on file systems without POSIX
 * permissions this step is skipped), under a temporary name renamed onto the target once complete.</li>
 * </ul>
 * Memory stays flat for any number of rows; the finished encrypted package (a few tens of MB for
 * 400,000 members) is held in memory once while the OLE2 container is assembled.
 */
public final class BankListWorkbook {
    static final String SHEET = "扩中家庭名单";

    static final List<Column> COLUMNS = List.of(
            Column.code("户号", 14),
            Column.text("乡镇(街道)", 12),
            Column.text("村(社区)", 16),
            Column.text("姓名", 10),
            Column.of("身份证号", Kind.ID),
            Column.code("关系代码", 6),
            Column.text("与户主关系", 10),
            Column.of("家庭人口", Kind.INTEGER),
            Column.of("家庭年可支配收入", Kind.AMOUNT));

    private BankListWorkbook() {
    }

    /**
     * Writes the rows, in the order given, encrypted with {@code password}. The rows are read once,
     * so a lazily loaded {@code Iterable} keeps a large list out of memory. The password array is
     * not cleared: it belongs to the caller.
     *
     * @throws IllegalArgumentException when the password is missing or empty
     */
    public static void write(Iterable<BankListRow> rows, char[] password, Path target) throws IOException {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("bank-list.xlsx needs a password (KZ_BANK_LIST_PASSWORD)");
        }
        writeProtected(target, password, "bank-list.xlsx", wb -> fill(wb, rows));
    }

    /**
     * Writes a workbook with full identity numbers protected as bank-list.xlsx is (also core-list.xlsx of
     * profile.md): agile encryption with {@code password}, encrypted temporary files, mode 0600 from the start,
     * written under a temporary name and moved onto {@code target}.
     */
    static void writeProtected(Path target, char[] password, String what,
            java.util.function.Consumer<EncryptedTempWorkbook> fill) throws IOException {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException(what + " needs a password (KZ_BANK_LIST_PASSWORD)");
        }
        AtomicFiles.write(target, true, out -> writeEncrypted(fill, password, what, out));
    }

    private static void writeEncrypted(java.util.function.Consumer<EncryptedTempWorkbook> fill, char[] password,
            String what, OutputStream out) throws IOException {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256,
                HashAlgorithm.sha512, -1, -1, null);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword(new String(password));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptedTempWorkbook wb = new EncryptedTempWorkbook();
            try {
                fill.accept(wb);
                try (OutputStream plain = encryptor.getDataStream(fs)) {
                    wb.write(plain);
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot encrypt " + what + ": " + e.getMessage(), e);
            } finally {
                wb.dispose();
                wb.close();
            }
            fs.writeFilesystem(out);
        }
    }

    private static void fill(EncryptedTempWorkbook wb, Iterable<BankListRow> rows) {
        Sheets sheets = new Sheets(wb, false);
        Sheet sheet = sheets.table(SHEET, 0, COLUMNS);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
        int r = 1;
        for (BankListRow m : rows) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, m.householdNo());
            sheets.text(row, 1, townshipName(m.townshipCode()));
            sheets.text(row, 2, m.village());
            sheets.text(row, 3, m.name());
            sheets.identity(row, 4, m.idNo());
            sheets.code(row, 5, m.relation());
            sheets.text(row, 6, Labels.relation(m.relation()));
            sheets.integer(row, 7, m.memberCount());
            sheets.amount(row, 8, m.householdIncome());
        }
    }

    private static String townshipName(String code) {
        String name = Townships.name(code);
        return name.isEmpty() ? code : name;
    }
}
