package kuozhong.household.profile;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import kuozhong.household.Figures;

/**
 * What one category or label found for one household: whether it holds, the figures it compared and,
 * when unknown, the missing sources it needs (their ids, e.g. {@code market_entity}).
 */
public record ProfileOutcome(String code, Status status, Map<String, String> figures, List<String> missingSources) {
    public ProfileOutcome {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        figures = Figures.of(flatten(figures));
        missingSources = List.copyOf(missingSources);
    }

    private static String[] flatten(Map<String, String> m) {
        String[] kv = new String[m.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return kv;
    }

    public boolean holds() {
        return status == Status.HOLDS;
    }

    public boolean unknown() {
        return status == Status.UNKNOWN;
    }

    @Override
    public String toString() {
        return code + ": " + status + " " + figures + (missingSources.isEmpty() ? "" : " missing " + missingSources);
    }
}
