package kuozhong.household.rule;

import kuozhong.household.Figures;
import kuozhong.household.Flag;
import kuozhong.household.HouseholdFacts;
import kuozhong.household.HouseholdRule;
import kuozhong.household.RuleOutcome;
import kuozhong.household.VehicleRow;
import kuozhong.policy.PolicySet;

/** The flags of target-list.md: they never exclude, they point field visits at what to check. */
public final class Flags {
    private Flags() {
    }

    /** NO_HEAD: no member has relation 02. */
    public static final class NoHead implements HouseholdRule {
        @Override
        public Flag code() {
            return Flag.NO_HEAD;
        }

        @Override
        public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
            int heads = f.headCount();
            return new RuleOutcome(code(), heads == 0, Figures.of("heads", Figures.count(heads)));
        }
    }

    /** MULTIPLE_HEADS: more than one member has relation 02. */
    public static final class MultipleHeads implements HouseholdRule {
        @Override
        public Flag code() {
            return Flag.MULTIPLE_HEADS;
        }

        @Override
        public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
            int heads = f.headCount();
            return new RuleOutcome(code(), heads > 1, Figures.of("heads", Figures.count(heads)));
        }
    }

    /**
     * SPOUSE_OUTSIDE_HOUSEHOLD: a member is married on D to a NORMAL person of another household
     * (the pairs are resolved by the builder: latest event on or before D, DIVORCE wins a tie).
     */
    public static final class SpouseOutsideHousehold implements HouseholdRule {
        @Override
        public Flag code() {
            return Flag.SPOUSE_OUTSIDE_HOUSEHOLD;
        }

        @Override
        public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
            int n = f.spousesOutside().size();
            return new RuleOutcome(code(), n > 0, Figures.of("members_with_spouse_outside", Figures.count(n)));
        }
    }

    /** IMPUTED_INCOME: some member-month was imputed. */
    public static final class ImputedIncome implements HouseholdRule {
        @Override
        public Flag code() {
            return Flag.IMPUTED_INCOME;
        }

        @Override
        public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
            int n = f.imputedMonths();
            return new RuleOutcome(code(), n > 0, Figures.of(
                    "imputed_member_months", Figures.count(n),
                    "imputed_monthly_income", Figures.shared(Figures.amount(p.imputedMonthlyIncome()))));
        }
    }

    /** NO_INCOME_RECORDS: no member has any social-insurance or provident-fund row in the window. */
    public static final class NoIncomeRecords implements HouseholdRule {
        @Override
        public Flag code() {
            return Flag.NO_INCOME_RECORDS;
        }

        @Override
        public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
            int n = f.recordedMonths();
            return new RuleOutcome(code(), n == 0, Figures.of("recorded_member_months", Figures.count(n)));
        }
    }

    /** VEHICLE_PRICE_UNKNOWN: a member owns a NORMAL, NON_OPERATING CAR with register_date ≤ D and no purchase_price. */
    public static final class VehiclePriceUnknown implements HouseholdRule {
        @Override
        public Flag code() {
            return Flag.VEHICLE_PRICE_UNKNOWN;
        }

        /** Whether this flag counts the vehicle. */
        public boolean counts(VehicleRow v, HouseholdFacts f) {
            return v.isPrivateCarOn(f.asOf()) && v.purchasePrice() == null;
        }

        @Override
        public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
            int n = 0;
            for (VehicleRow v : f.vehicles()) {
                if (counts(v, f)) {
                    n++;
                }
            }
            return new RuleOutcome(code(), n > 0, Figures.of("cars_without_price", Figures.count(n)));
        }
    }
}
