package kuozhong.workbook;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One member of an included household, as the bank receives it (target-list.md, "bank-list.xlsx").
 *
 * @param householdNo     户号
 * @param townshipCode    the household's township code (the workbook shows its name)
 * @param village         村/社区, may be empty
 * @param name            姓名, in full
 * @param idNo            身份证号, in full
 * @param relation        two-digit GB/T 4761 relation to the head ({@code 02} head)
 * @param memberCount     家庭人口
 * @param householdIncome 家庭年可支配收入, yuan with two decimals
 */
public record BankListRow(
        String householdNo,
        String townshipCode,
        String village,
        String name,
        String idNo,
        String relation,
        int memberCount,
        BigDecimal householdIncome) {

    public BankListRow {
        Objects.requireNonNull(householdNo, "householdNo");
        Objects.requireNonNull(idNo, "idNo");
    }

    /** Never prints the name or identity number (toString ends up in logs). */
    @Override
    public String toString() {
        return "BankListRow[householdNo=" + householdNo + ", relation=" + relation + "]";
    }
}
