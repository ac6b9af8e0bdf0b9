package kuozhong.common;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a run reads and writes, set by the command line: {@code --home} holds {@code inbox/}, {@code data/},
 * {@code out/} and {@code logs/}.
 *
 * @param maxRejectRatio share of rejected records above which a government file fails (extracts.md)
 */
@ConfigurationProperties(prefix = "kz")
public record KzSettings(Path home, Path policy, double maxRejectRatio) {

    public KzSettings {
        home = home == null ? Path.of(".") : home;
        policy = policy == null ? Path.of("jobs/policy.yml") : policy;
        maxRejectRatio = maxRejectRatio == 0 ? 0.02 : maxRejectRatio;
    }

    public Path inbox() {
        return home.resolve("inbox");
    }

    /**
     * The password of bank-list.xlsx: the environment variable {@code KZ_BANK_LIST_PASSWORD} (the system
     * property {@code kz.bankListPassword} stands in for it in tests); null when neither is set.
     */
    public String bankListPassword() {
        String p = System.getProperty("kz.bankListPassword");
        return p != null ? p : System.getenv("KZ_BANK_LIST_PASSWORD");
    }

    public Path out() {
        return home.resolve("out");
    }
}
