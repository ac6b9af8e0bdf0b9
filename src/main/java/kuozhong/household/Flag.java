package kuozhong.household;

import kuozhong.common.Code;

/**
 * The flags of target-list.md, in flag order. The spec gives them no Chinese text, so their text is the code
 * itself (the workbooks have always shown the code).
 */
public enum Flag implements Code {
    NO_HEAD, MULTIPLE_HEADS, SPOUSE_OUTSIDE_HOUSEHOLD, IMPUTED_INCOME, NO_INCOME_RECORDS, VEHICLE_PRICE_UNKNOWN;

    @Override
    public String chinese() {
        return name();
    }
}
