package kuozhong.household.rule;

import java.util.List;

import kuozhong.household.HouseholdRule;

/** The exclusion rules and the flags, in the order of target-list.md (the first fired rule is the primary reason). */
public final class HouseholdRules {
    public static final AssistanceRule DIBAO = new AssistanceRule("DIBAO");
    public static final AssistanceRule DIBIAN = new AssistanceRule("DIBIAN");
    public static final AssistanceRule TEKUN = new AssistanceRule("TEKUN");
    public static final IncomeAboveCeilingRule INCOME_ABOVE_CEILING = new IncomeAboveCeilingRule();
    public static final ResidentialPropertyRule PROPERTY_RESIDENTIAL = new ResidentialPropertyRule();
    public static final CommercialPropertyRule PROPERTY_COMMERCIAL = new CommercialPropertyRule();
    public static final VehicleRule VEHICLE = new VehicleRule();
    public static final IncomeBelowFloorRule INCOME_BELOW_FLOOR = new IncomeBelowFloorRule();

    public static final Flags.VehiclePriceUnknown VEHICLE_PRICE_UNKNOWN = new Flags.VehiclePriceUnknown();

    private static final List<HouseholdRule> EXCLUSIONS = List.of(DIBAO, DIBIAN, TEKUN, INCOME_ABOVE_CEILING,
            PROPERTY_RESIDENTIAL, PROPERTY_COMMERCIAL, VEHICLE, INCOME_BELOW_FLOOR);

    private static final List<HouseholdRule> FLAGS = List.of(new Flags.NoHead(), new Flags.MultipleHeads(),
            new Flags.SpouseOutsideHousehold(), new Flags.ImputedIncome(), new Flags.NoIncomeRecords(),
            VEHICLE_PRICE_UNKNOWN);

    private HouseholdRules() {
    }

    /** The exclusion rules in reason order. */
    public static List<HouseholdRule> exclusions() {
        return EXCLUSIONS;
    }

    /** The flags in flag order. */
    public static List<HouseholdRule> flags() {
        return FLAGS;
    }

    /** The three assistance rules. */
    public static List<AssistanceRule> assistance() {
        return List.of(DIBAO, DIBIAN, TEKUN);
    }
}
