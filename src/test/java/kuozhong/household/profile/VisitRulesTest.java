package kuozhong.household.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kuozhong.household.visit.VisitEffect;
import kuozhong.household.visit.VisitInForce;
import kuozhong.household.visit.VisitRow;
import kuozhong.household.visit.VisitStatus;

/** The visit in force and its effect (profile.md, "The visit in force"), as of D = 2025-03-15. */
class VisitRulesTest {
    private static final LocalDate D = LocalDate.of(2025, 3, 15);

    private static VisitRow visit(String date, String verdict, String validUntil, String delivery, String file,
            long record) {
        String reason = switch (verdict) {
            case "EXCLUDE" -> "INCOME_HIGHER";
            case "INCLUDE" -> "INCOME_LOWER";
            default -> null;
        };
        return new VisitRow("H1", LocalDate.parse(date), "331126101", "V1", verdict, reason, null, null, null,
                validUntil == null ? null : LocalDate.parse(validUntil), LocalDate.parse(delivery), file, record);
    }

    @Test
    void theSameVisitDateInTwoDeliveriesGoesToTheLaterDelivery() {
        VisitRow early = visit("2025-03-01", "EXCLUDE", null, "2025-03-05", "visits.csv", 9);
        VisitRow later = visit("2025-03-01", "CONFIRM", null, "2025-03-10", "visits.csv", 1);
        assertThat(VisitInForce.of(List.of(later, early), D).latest()).isSameAs(later);
        assertThat(VisitInForce.of(List.of(early, later), D).latest()).isSameAs(later);
    }

    @Test
    void withinADeliveryTheLaterFileThenTheLaterRecordWins() {
        VisitRow plain = visit("2025-03-01", "EXCLUDE", null, "2025-03-10", "visits.csv", 50);
        VisitRow b = visit("2025-03-01", "CONFIRM", null, "2025-03-10", "visits-b.csv", 1);
        VisitRow a = visit("2025-03-01", "INCLUDE", null, "2025-03-10", "visits-a.csv", 99);
        assertThat(VisitInForce.of(List.of(b, plain, a), D).latest()).isSameAs(b);
        VisitRow b7 = visit("2025-03-01", "EXCLUDE", null, "2025-03-10", "visits-b.csv", 7);
        assertThat(VisitInForce.of(List.of(b7, b), D).latest()).isSameAs(b7);
        // a greater visit_date beats any later delivery
        VisitRow newer = visit("2025-03-02", "CONFIRM", null, "2025-03-03", "visits.csv", 1);
        assertThat(VisitInForce.of(List.of(b7, newer), D).latest()).isSameAs(newer);
    }

    @Test
    void aVisitExpiringOnDIsInForceOnDAndExpiredTheDayAfter() {
        VisitRow v = visit("2025-01-10", "EXCLUDE", "2025-03-15", "2025-01-20", "visits.csv", 1);
        assertThat(VisitInForce.of(List.of(v), D).inForce()).isTrue();
        VisitInForce after = VisitInForce.of(List.of(v), D.plusDays(1));
        assertThat(after.inForce()).isFalse();
        assertThat(after.latest()).isSameAs(v);
        assertThat(VisitEffect.apply(true, List.of(), after).status()).isEqualTo(VisitStatus.EXPIRED);
    }

    @Test
    void anEmptyValidUntilIsTwelveMonthsLessOneDay() {
        // A(2024-03-15, 12) − 1 day = 2025-03-14: expired on 2025-03-15
        VisitRow old = visit("2024-03-15", "EXCLUDE", null, "2024-03-20", "visits.csv", 1);
        assertThat(old.lastDayInForce()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(VisitInForce.of(List.of(old), D).inForce()).isFalse();
        // A(2024-03-16, 12) − 1 day = 2025-03-15: in force on D
        VisitRow young = visit("2024-03-16", "EXCLUDE", null, "2024-03-20", "visits.csv", 1);
        assertThat(VisitInForce.of(List.of(young), D).inForce()).isTrue();
    }

    @Test
    void anExpiredLatestVisitHidesAnOlderOneStillValid() {
        VisitRow older = visit("2025-01-01", "EXCLUDE", "2025-12-31", "2025-01-05", "visits.csv", 1);
        VisitRow latest = visit("2025-02-01", "CONFIRM", "2025-02-28", "2025-02-05", "visits.csv", 1);
        VisitInForce v = VisitInForce.of(List.of(older, latest), D);
        assertThat(v.latest()).isSameAs(latest);
        assertThat(v.inForce()).isFalse();
        assertThat(v.visit()).isNull();
        VisitEffect e = VisitEffect.apply(true, List.of(), v);
        assertThat(e.included()).isTrue(); // the older EXCLUDE does not revive
        assertThat(e.status()).isEqualTo(VisitStatus.EXPIRED);
    }

    @Test
    void visitsDeliveredOrDatedAfterDAreNotConsidered() {
        VisitRow deliveredLater = visit("2025-03-10", "EXCLUDE", null, "2025-03-16", "visits.csv", 1);
        VisitRow datedLater = visit("2025-03-16", "EXCLUDE", null, "2025-03-16", "visits.csv", 2);
        assertThat(VisitInForce.of(List.of(deliveredLater, datedLater), D).visited()).isFalse();
        assertThat(VisitInForce.of(List.of(deliveredLater), D.plusDays(1)).inForce()).isTrue();
        assertThat(VisitEffect.apply(false, List.of("VEHICLE"), VisitInForce.NONE))
                .isEqualTo(new VisitEffect(false, List.of("VEHICLE"), VisitStatus.NOT_VISITED, List.of()));
    }

    private static VisitInForce inForce(String verdict) {
        return VisitInForce.of(List.of(visit("2025-03-01", verdict, null, "2025-03-10", "visits.csv", 1)), D);
    }

    @Test
    void excludeAddsFieldVisitExcludedAfterEveryOtherReason() {
        assertThat(VisitEffect.apply(true, List.of(), inForce("EXCLUDE")))
                .isEqualTo(new VisitEffect(false, List.of("FIELD_VISIT_EXCLUDED"), VisitStatus.EXCLUDE, List.of()));
        assertThat(VisitEffect.apply(false, List.of("VEHICLE", "INCOME_BELOW_FLOOR"), inForce("EXCLUDE")).reasons())
                .containsExactly("VEHICLE", "INCOME_BELOW_FLOOR", "FIELD_VISIT_EXCLUDED");
    }

    @Test
    void includeLiftsEveryDataReasonExceptAssistance() {
        assertThat(VisitEffect.apply(false, List.of("INCOME_ABOVE_CEILING", "VEHICLE", "INCOME_BELOW_FLOOR"),
                inForce("INCLUDE"))).isEqualTo(new VisitEffect(true, List.of(), VisitStatus.INCLUDE, List.of()));
        assertThat(VisitEffect.apply(true, List.of(), inForce("INCLUDE")))
                .isEqualTo(new VisitEffect(true, List.of(), VisitStatus.INCLUDE, List.of()));
    }

    @Test
    void theAssistanceGuardNeverIncludesAnAssistedHousehold() {
        VisitEffect e = VisitEffect.apply(false, List.of("ASSISTANCE_DIBAO", "ASSISTANCE_TEKUN", "INCOME_BELOW_FLOOR"),
                inForce("INCLUDE"));
        assertThat(e.included()).isFalse();
        assertThat(e.reasons()).containsExactly("ASSISTANCE_DIBAO", "ASSISTANCE_TEKUN", "INCOME_BELOW_FLOOR");
        assertThat(e.status()).isEqualTo(VisitStatus.INCLUDE_NOT_APPLIED);
        assertThat(e.notApplied()).containsExactly("ASSISTANCE_DIBAO", "ASSISTANCE_TEKUN");
        assertThat(VisitEffect.apply(false, List.of("ASSISTANCE_DIBIAN"), inForce("INCLUDE")).included()).isFalse();
    }

    @Test
    void confirmChangesNothing() {
        assertThat(VisitEffect.apply(false, List.of("VEHICLE"), inForce("CONFIRM")))
                .isEqualTo(new VisitEffect(false, List.of("VEHICLE"), VisitStatus.CONFIRM, List.of()));
        assertThat(VisitEffect.apply(true, List.of(), inForce("CONFIRM")).included()).isTrue();
    }
}
