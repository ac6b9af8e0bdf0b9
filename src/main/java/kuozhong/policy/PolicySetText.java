package kuozhong.policy;

import kuozhong.common.Messages;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy set as the text of a one-set policy file (simulate.md: the current side uses the policy set the
 * version or settlement recorded). Written from {@link PolicyFile#describe(PolicySet)} and read back with the
 * parser of {@code jobs/policy.yml}, so that a stored set is validated exactly like the file it came from.
 */
public final class PolicySetText {
    private PolicySetText() {
    }

    /** The YAML of a policy file holding this set alone (every parameter, defaults filled in). */
    public static String yaml(PolicySet set) {
        StringBuilder sb = new StringBuilder("sets:\n");
        Map<String, Map<String, String>> targets = new LinkedHashMap<>();
        boolean first = true;
        for (Map.Entry<String, String> e : PolicyFile.describe(set).entrySet()) {
            String name = e.getKey();
            if (name.startsWith("targets.")) {
                String[] p = name.split("\\.");
                targets.computeIfAbsent(p[1], k -> new LinkedHashMap<>()).put(p[2], e.getValue());
                continue;
            }
            sb.append(first ? "  - " : "    ").append(name).append(": ").append(e.getValue()).append('\n');
            first = false;
        }
        if (targets.isEmpty()) {
            sb.append("    targets: {}\n");
        } else {
            sb.append("    targets:\n");
            targets.forEach((year, fields) -> {
                sb.append("      ").append(year).append(":\n");
                fields.forEach((k, v) -> sb.append("        ").append(k).append(": ").append(v).append('\n'));
            });
        }
        return sb.toString();
    }

    /** The set stored as {@link #yaml(PolicySet)}; {@code sourceName} names it in errors. */
    public static PolicySet parse(String yaml, String sourceName) {
        List<PolicySet> sets = PolicyFile.parse(new StringReader(yaml), sourceName).sets();
        if (sets.size() != 1) {
            throw new PolicyException(Messages.text("policy.storedSets", sourceName, sets.size()));
        }
        return sets.get(0);
    }
}
