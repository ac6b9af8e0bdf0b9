package kuozhong.ingest.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kuozhong.ingest.DeliveryLoadDao.DeliveryLoad;

class QualityRulesTest {
    private final QualityRules rules = new QualityRules(new BigDecimal("0.02"), new BigDecimal("0.10"));

    private static DeliveryLoad load(String source, String delivery, long records, long rejected, String reasons) {
        return new DeliveryLoad(source, delivery, LocalDate.parse(delivery.substring(0, 4) + "-" + delivery.substring(4, 6)
                + "-" + delivery.substring(6)), source + ".csv", "LOADED", records, records, records - rejected, rejected,
                reasons);
    }

    @Test
    void aDropOfMoreThanTheThresholdIsFlaggedExactlyAtItIsNot() {
        List<DeliveryQuality> q = rules.assess(List.of(
                load("vehicle", "20250110", 1000, 0, null),
                load("vehicle", "20250210", 900, 0, null),     // (900 − 1000) / 1000 = −0.10: exactly the threshold
                load("vehicle", "20250310", 809, 0, null),     // (809 − 900) / 900 = −0.10111: one record more than 10 %
                load("person", "20250110", 500, 0, null)));    // another source: no previous delivery
        assertThat(q.get(0).previousRecords()).isNull();
        assertThat(q.get(0).dropAlert()).isFalse();
        assertThat(q.get(1).previousRecords()).isEqualTo(1000);
        assertThat(q.get(1).change()).isEqualByComparingTo("-0.10");
        assertThat(q.get(1).dropAlert()).isFalse();
        assertThat(q.get(2).previousRecords()).isEqualTo(900);
        assertThat(q.get(2).change()).isEqualByComparingTo(new BigDecimal("-91").divide(new BigDecimal("900"),
                java.math.MathContext.DECIMAL64));
        assertThat(q.get(2).dropAlert()).isTrue();
        // 810 would be exactly −10 %: not flagged
        assertThat(rules.assess(List.of(load("vehicle", "20250210", 900, 0, null),
                load("vehicle", "20250310", 810, 0, null))).get(1).dropAlert()).isFalse();
        assertThat(q.get(3).previousRecords()).isNull();
        // growth is never a drop
        assertThat(rules.assess(List.of(load("vehicle", "20250210", 900, 0, null),
                load("vehicle", "20250310", 2000, 0, null))).get(1).dropAlert()).isFalse();
    }

    @Test
    void rejectRateAgainstTheLimitAndTheTopThreeReasons() {
        List<DeliveryQuality> q = rules.assess(List.of(
                load("person", "20250110", 1000, 20, "BAD_ID=3;BAD_DATE=12;MISSING_FIELD=3;DUPLICATE_KEY=2"),
                load("person", "20250210", 1000, 21, "BAD_ID=21")));
        // 20 / 1000 = 0.02: at the limit, not above it
        assertThat(q.get(0).rejectRate()).isEqualByComparingTo("0.02");
        assertThat(q.get(0).overRejectLimit()).isFalse();
        // most frequent first, ties by code, three at most
        assertThat(q.get(0).topReasons()).containsExactly(new DeliveryQuality.ReasonCount("BAD_DATE", 12),
                new DeliveryQuality.ReasonCount("BAD_ID", 3), new DeliveryQuality.ReasonCount("MISSING_FIELD", 3));
        // 21 / 1000 = 0.021: one record over
        assertThat(q.get(1).rejectRate()).isEqualByComparingTo("0.021");
        assertThat(q.get(1).overRejectLimit()).isTrue();
        assertThat(QualityRules.topReasons(null)).isEmpty();
    }

    @Test
    void dropThresholdSetting() {
        try {
            assertThat(QualityReport.dropThreshold()).isEqualByComparingTo("0.10");
            System.setProperty("kz.recordDropAlert", "0.25");
            assertThat(QualityReport.dropThreshold()).isEqualByComparingTo("0.25");
            System.setProperty("kz.recordDropAlert", "25%");
            org.assertj.core.api.Assertions.assertThatThrownBy(QualityReport::dropThreshold)
                    .hasMessageContaining("KZ_RECORD_DROP_ALERT is \"25%\": set it to a fraction between 0 and 1");
            kuozhong.common.Messages.use(kuozhong.common.Language.ZH);
            org.assertj.core.api.Assertions.assertThatThrownBy(QualityReport::dropThreshold)
                    .satisfies(e -> assertThat(e.getLocalizedMessage()).startsWith("KZ_RECORD_DROP_ALERT 为“25%”：请设为 0 到 1 之间的小数"))
                    .hasMessageContaining("KZ_RECORD_DROP_ALERT is \"25%\": set it to a fraction between 0 and 1");
        } finally {
            System.clearProperty("kz.recordDropAlert");
            kuozhong.common.Messages.use(kuozhong.common.Language.EN);
        }
    }
}
