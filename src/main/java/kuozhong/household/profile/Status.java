package kuozhong.household.profile;

/** Whether a category or label holds (profile.md): it holds, it does not, or a source it needs is missing. */
public enum Status {
    HOLDS, NOT, UNKNOWN
}
