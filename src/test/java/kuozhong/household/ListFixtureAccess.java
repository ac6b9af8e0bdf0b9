package kuozhong.household;

import kuozhong.policy.PolicySet;

/** The default policy of {@link ListFixture} for tests of other packages. */
public final class ListFixtureAccess {
    private ListFixtureAccess() {
    }

    public static PolicySet policy() {
        return ListFixture.policy();
    }
}
