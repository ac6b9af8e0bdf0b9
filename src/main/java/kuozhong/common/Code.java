package kuozhong.common;

import kuozhong.policy.PolicySet;

/**
 * A typed code of the specs (a reason, flag, category, label, product, visit status, change kind, loan
 * refusal): its name is what the CSV files and the database hold, and it carries its Chinese text. Where the
 * text names a policy value (RATE_ABOVE_CAP 执行利率高于3.5%), {@link #chinese(PolicySet)} fills in the value of
 * the policy in force; {@link #chinese()} is the spec's text, i.e. the text for the default policy values.
 */
public interface Code {
    /** The code as written to CSV files and the database, e.g. {@code RATE_ABOVE_CAP}. */
    String name();

    /** The Chinese text as the spec writes it (default policy values). */
    String chinese();

    /** The Chinese text with the policy's values filled in where it names one; {@link #chinese()} otherwise. */
    default String chinese(PolicySet policy) {
        return chinese();
    }

    /** The Chinese text of a yuan amount in 万元 as the texts write it: {@code 100000.00} → {@code 10}, {@code 105000} → {@code 10.5}. */
    static String wan(java.math.BigDecimal yuan) {
        return yuan.movePointLeft(4).stripTrailingZeros().toPlainString();
    }

    /** A percentage as the texts write it: {@code 3.50} → {@code 3.5}. */
    static String percent(java.math.BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }
}
