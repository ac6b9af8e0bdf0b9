package kuozhong.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A policy set stored as text reads back equal, every parameter and target (simulate.md: the recorded set). */
class PolicySetTextTest {

    @Test
    void everySetOfThePolicyFileReadsBackEqual() {
        PolicyFile file = PolicyFile.load(Path.of("jobs/policy.yml"));
        for (PolicySet set : file.sets()) {
            String yaml = PolicySetText.yaml(set);
            PolicySet back = PolicySetText.parse(yaml, "stored");
            assertThat(PolicyFile.describe(back)).isEqualTo(PolicyFile.describe(set));
            assertThat(back).isEqualTo(set);
        }
        assertThat(PolicySetText.yaml(file.inForce(LocalDate.of(2025, 6, 15)))).startsWith("sets:\n  - effective_from: ");
    }

    @Test
    void aDamagedStoredSetIsRefusedNamingIt() {
        assertThatThrownBy(() -> PolicySetText.parse("sets: []\n", "the policy set stored with list version 7"))
                .hasMessageContaining("list version 7");
    }
}
