package kuozhong.workbook;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook test helpers for tests of other packages. */
public final class WorkbookAccess {
    private WorkbookAccess() {
    }

    public static XSSFWorkbook decrypt(Path file, String password) throws Exception {
        return BankListWorkbookTest.decrypt(file, password);
    }

    public static List<String> sheetNames(Workbook wb) {
        return WorkbookChecks.sheetNames(wb);
    }

    public static List<String> row(Sheet sheet, int r) {
        return WorkbookChecks.row(sheet, r);
    }
}
