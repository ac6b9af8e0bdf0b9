package kuozhong.household.profile;

/** A label (信息标识) of profile.md: a profile rule with the loan product it suggests. */
public interface ProfileLabel extends ProfileRule {
    @Override
    Label code();

    /** The product of loans.csv it suggests ({@code JINGYING}, {@code ZHUXUE}, …). */
    default Product product() {
        return code().product();
    }
}
