package kuozhong.settlement;

import java.util.Objects;

/** One reconciliation check of the 数据校验 sheet: a short Chinese + English name, PASS or FAIL, the figures. */
public record Check(String name, boolean pass, String detail) {
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }

    public String status() {
        return pass ? "PASS" : "FAIL";
    }
}
