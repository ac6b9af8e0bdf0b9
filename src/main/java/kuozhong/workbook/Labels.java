package kuozhong.workbook;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kuozhong.common.ReasonText;
import kuozhong.household.profile.Category;
import kuozhong.household.profile.Product;

/** Chinese labels of the codes that appear in the workbooks (extracts.md, settlement.md). */
final class Labels {
    /** Loan categories in the order of the summary (settlement.md). */
    static final List<String> CATEGORY_ORDER = List.of(Category.BUSINESS.name(), Category.EMPLOYMENT.name(),
            Category.FARMER.name(), Category.SAFETY_NET.name());

    private static final Map<String, String> CATEGORY = CATEGORY_ORDER.stream()
            .collect(Collectors.toMap(c -> c, c -> Category.valueOf(c).chinese()));

    private static final Map<String, String> PRODUCT = java.util.Arrays.stream(Product.values())
            .collect(Collectors.toMap(Product::name, Product::chinese));

    private static final Map<String, String> FLAG = Map.of(
            "OVERDUE", "逾期（到期后不计贴息）");

    /** The separator between several reasons or flags in one cell. */
    static final String JOIN = "；";

    private Labels() {
    }

    static String category(String code) {
        return code == null ? "" : CATEGORY.getOrDefault(code, code);
    }

    /** Position of a category in the summary order; unknown categories last. */
    static int categoryRank(String code) {
        int i = CATEGORY_ORDER.indexOf(code);
        return i < 0 ? CATEGORY_ORDER.size() : i;
    }

    static String product(String code) {
        return code == null ? "" : PRODUCT.getOrDefault(code, code);
    }

    /** GB/T 4761 relation to the head (extracts.md, persons.csv). */
    static String relation(String code) {
        if (code == null || !code.matches("\\d{2}")) {
            return "";
        }
        int n = Integer.parseInt(code);
        if (n == 1) {
            return "本人";
        } else if (n == 2) {
            return "户主";
        } else if (n >= 10 && n <= 19) {
            return "配偶";
        } else if (n >= 20 && n <= 39) {
            return "子女";
        } else if (n >= 40 && n <= 49) {
            return "孙子女";
        } else if (n >= 50 && n <= 59) {
            return "父母";
        } else if (n >= 60 && n <= 69) {
            return "祖父母";
        } else if (n >= 70 && n <= 79) {
            return "兄弟姐妹";
        }
        return "其他";
    }

    /** Codes joined with "；". */
    static String codes(List<String> codes) {
        return String.join(JOIN, codes);
    }

    /** The Chinese text of each reason code, joined with "；". */
    static String reasons(List<String> codes) {
        return codes.stream().map(ReasonText::of).collect(Collectors.joining(JOIN));
    }

    /** The Chinese text of each flag, joined with "；". */
    static String flags(List<String> codes) {
        return codes.stream().map(c -> FLAG.getOrDefault(c, ReasonText.of(c))).collect(Collectors.joining(JOIN));
    }
}
