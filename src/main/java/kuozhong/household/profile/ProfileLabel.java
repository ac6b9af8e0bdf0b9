package kuozhong.household.profile;

/** A label (信息标识) of profile.md: a profile rule with the loan product it suggests. */
public interface ProfileLabel extends ProfileRule {
    /** The product code of loans.csv ({@code JINGYING}, {@code ZHUXUE}, …). */
    String product();
}
