package kuozhong.policy;

import kuozhong.common.Messages;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * {@code jobs/policy.yml}: effective-dated {@link PolicySet}s (target-list.md, "Policy parameters").
 *
 * <p>The file is read with SnakeYAML's node API so that every error can name its line, and every
 * amount or rate is taken from the scalar's text as an exact {@link BigDecimal} (never through a
 * {@code double}). Loading fails with a {@link PolicyException} on a YAML syntax error, an unknown
 * or missing parameter, a value of the wrong type or out of range, or two sets with the same
 * {@code effective_from}.
 */
public final class PolicyFile {

    /** The top-level key holding the list of sets. */
    public static final String SETS = "sets";

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final List<String> TARGET_FIELDS = List.of("new_loan_balance", "cumulative_interest_reduction");

    private enum Kind { DATE, DECIMAL, INT, TARGETS }

    private enum Range { ANY, NON_NEGATIVE, POSITIVE, FRACTION, AT_LEAST_ONE, MONTHS }

    /** @param defaultValue the value of a set that omits the parameter; null: the parameter is required */
    private record Param(String name, Kind kind, Range range, Function<PolicySet, Object> getter, Object defaultValue,
            int maxDecimals) {
        Param(String name, Kind kind, Range range, Function<PolicySet, Object> getter) {
            this(name, kind, range, getter, null, -1);
        }
    }

    /** Every parameter of a set, in the order of the file and of {@link #describe(PolicySet)}. */
    private static final List<Param> PARAMS = List.of(
            new Param("effective_from", Kind.DATE, Range.ANY, PolicySet::effectiveFrom),
            new Param("household_income_ceiling", Kind.DECIMAL, Range.NON_NEGATIVE, PolicySet::householdIncomeCeiling),
            new Param("dibao_monthly_standard", Kind.DECIMAL, Range.NON_NEGATIVE, PolicySet::dibaoMonthlyStandard),
            new Param("dibian_multiplier", Kind.DECIMAL, Range.POSITIVE, PolicySet::dibianMultiplier),
            new Param("working_age_min", Kind.INT, Range.NON_NEGATIVE, PolicySet::workingAgeMin),
            new Param("working_age_max", Kind.INT, Range.NON_NEGATIVE, PolicySet::workingAgeMax),
            new Param("imputed_monthly_income", Kind.DECIMAL, Range.NON_NEGATIVE, PolicySet::imputedMonthlyIncome),
            new Param("personal_contribution_rate", Kind.DECIMAL, Range.FRACTION, PolicySet::personalContributionRate),
            new Param("max_residential_units", Kind.INT, Range.NON_NEGATIVE, PolicySet::maxResidentialUnits),
            new Param("commercial_area_limit_m2", Kind.DECIMAL, Range.NON_NEGATIVE, PolicySet::commercialAreaLimitM2),
            new Param("vehicle_price_limit", Kind.DECIMAL, Range.NON_NEGATIVE, PolicySet::vehiclePriceLimit),
            new Param("max_snapshot_age_days", Kind.INT, Range.NON_NEGATIVE, PolicySet::maxSnapshotAgeDays),
            // profile.md: optional, with defaults
            new Param("safety_net_income_multiple", Kind.DECIMAL, Range.AT_LEAST_ONE,
                    s -> s.profile().safetyNetIncomeMultiple(), ProfilePolicy.DEFAULTS.safetyNetIncomeMultiple(), 4),
            new Param("employment_min_months", Kind.INT, Range.MONTHS, s -> s.profile().employmentMinMonths(),
                    ProfilePolicy.DEFAULTS.employmentMinMonths(), -1),
            new Param("school_age_min", Kind.INT, Range.NON_NEGATIVE, s -> s.profile().schoolAgeMin(),
                    ProfilePolicy.DEFAULTS.schoolAgeMin(), -1),
            new Param("school_age_max", Kind.INT, Range.NON_NEGATIVE, s -> s.profile().schoolAgeMax(),
                    ProfilePolicy.DEFAULTS.schoolAgeMax(), -1),
            new Param("medical_self_pay_threshold", Kind.DECIMAL, Range.NON_NEGATIVE,
                    s -> s.profile().medicalSelfPayThreshold(), ProfilePolicy.DEFAULTS.medicalSelfPayThreshold(), 2),
            new Param("household_rate_cap", Kind.DECIMAL, Range.NON_NEGATIVE, PolicySet::householdRateCap),
            new Param("fiscal_subsidy_cap", Kind.DECIMAL, Range.NON_NEGATIVE, PolicySet::fiscalSubsidyCap),
            new Param("fiscal_share_of_excess", Kind.DECIMAL, Range.FRACTION, PolicySet::fiscalShareOfExcess),
            new Param("province_share", Kind.DECIMAL, Range.FRACTION, PolicySet::provinceShare),
            new Param("day_count_basis", Kind.INT, Range.POSITIVE, PolicySet::dayCountBasis),
            new Param("program_start", Kind.DATE, Range.ANY, PolicySet::programStart),
            new Param("targets", Kind.TARGETS, Range.ANY, PolicySet::targets));

    private static final Map<String, Param> BY_NAME = PARAMS.stream()
            .collect(Collectors.toMap(Param::name, p -> p, (a, b) -> a, LinkedHashMap::new));

    private final String source;
    private final List<PolicySet> sets;

    private PolicyFile(String source, List<PolicySet> sets) {
        this.source = source;
        this.sets = List.copyOf(sets);
    }

    /** Reads and validates the policy file. */
    public static PolicyFile load(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException(Messages.text("policy.cannotRead", name, e.getMessage()), e);
        }
        return parse(new StringReader(text), name);
    }

    /** Reads and validates policy YAML; {@code sourceName} is used in error messages. */
    public static PolicyFile parse(Reader yaml, String sourceName) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new PolicyException(mark == null ? Messages.text("policy.notYaml", sourceName, e.getProblem())
                    : Messages.text("policy.notYamlAt", sourceName, mark.getLine() + 1, e.getProblem()), e);
        } catch (YAMLException e) {
            throw new PolicyException(Messages.text("policy.notYaml", sourceName, e.getMessage()), e);
        }
        return new Parser(sourceName).file(root);
    }

    /** The sets, ordered by effective_from. */
    public List<PolicySet> sets() {
        return sets;
    }

    /** The file (or other source) the sets were read from. */
    public String source() {
        return source;
    }

    /** The set in force on {@code date}: the one with the latest effective_from on or before it. */
    public PolicySet inForce(LocalDate date) {
        PolicySet found = null;
        for (PolicySet s : sets) {
            if (!s.effectiveFrom().isAfter(date)) {
                found = s;
            }
        }
        if (found == null) {
            throw new PolicyException(Messages.text("policy.noneInForce", source, date, sets.get(0).effectiveFrom()));
        }
        return found;
    }

    /**
     * The parameters of a set as yaml name → value text, in the order of the file, for workbooks
     * and explanations. Targets appear as {@code targets.2024.new_loan_balance} and so on.
     */
    public static Map<String, String> describe(PolicySet set) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Param p : PARAMS) {
            Object v = p.getter().apply(set);
            if (p.kind() == Kind.TARGETS) {
                new TreeMap<>(set.targets()).forEach((year, t) -> {
                    out.put("targets." + year + ".new_loan_balance", t.newLoanBalance().toPlainString());
                    out.put("targets." + year + ".cumulative_interest_reduction",
                            t.cumulativeInterestReduction().toPlainString());
                });
            } else if (v instanceof BigDecimal d) {
                out.put(p.name(), d.toPlainString());
            } else {
                out.put(p.name(), String.valueOf(v));
            }
        }
        return out;
    }

    /** The names of all parameters of a set, in file order. */
    public static List<String> parameterNames() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** Walks the node tree; every failure names the line. */
    private static final class Parser {
        private final String source;

        Parser(String source) {
            this.source = source;
        }

        PolicyFile file(Node root) {
            if (root == null) {
                throw new PolicyException(Messages.text("policy.empty", source));
            }
            MappingNode top = mapping(root, Messages.text("policy.topLevel"));
            SequenceNode setsNode = null;
            for (NodeTuple t : top.getValue()) {
                String key = key(t);
                if (!SETS.equals(key)) {
                    throw error(t.getKeyNode(), Messages.text("policy.unknownTopKey", key));
                }
                if (setsNode != null) {
                    throw error(t.getKeyNode(), Messages.text("policy.setsTwice"));
                }
                if (!(t.getValueNode() instanceof SequenceNode seq)) {
                    throw error(t.getValueNode(), Messages.text("policy.setsNotList"));
                }
                setsNode = seq;
            }
            if (setsNode == null) {
                throw error(root, Messages.text("policy.setsMissing"));
            }
            if (setsNode.getValue().isEmpty()) {
                throw error(setsNode, Messages.text("policy.setsEmpty"));
            }
            List<PolicySet> sets = new ArrayList<>();
            Map<LocalDate, Integer> lineOf = new HashMap<>();
            for (Node item : setsNode.getValue()) {
                PolicySet s = set(item);
                Integer earlier = lineOf.putIfAbsent(s.effectiveFrom(), line(item));
                if (earlier != null) {
                    throw error(item, Messages.text("policy.sameEffectiveFrom", s.effectiveFrom(), earlier));
                }
                sets.add(s);
            }
            sets.sort(Comparator.comparing(PolicySet::effectiveFrom));
            return new PolicyFile(source, sets);
        }

        private PolicySet set(Node node) {
            MappingNode m = mapping(node, Messages.text("policy.aSet"));
            Map<String, Object> values = new HashMap<>();
            Map<String, Node> keyNodes = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = key(t);
                Param p = BY_NAME.get(key);
                if (p == null) {
                    throw error(t.getKeyNode(), Messages.text("policy.unknownParameter", key,
                            String.join(", ", BY_NAME.keySet())));
                }
                if (keyNodes.putIfAbsent(key, t.getKeyNode()) != null) {
                    throw error(t.getKeyNode(), Messages.text("policy.parameterTwice", key, line(keyNodes.get(key))));
                }
                values.put(key, value(p, t.getValueNode()));
            }
            for (Param p : PARAMS) {
                if (p.defaultValue() != null) {
                    values.putIfAbsent(p.name(), p.defaultValue());
                }
            }
            List<String> missing = PARAMS.stream().map(Param::name).filter(n -> !values.containsKey(n)).toList();
            if (!missing.isEmpty()) {
                throw error(node, missing.size() > 1 ? Messages.text("policy.missingParameters", String.join(", ", missing))
                        : Messages.text("policy.missingParameter", String.join(", ", missing)));
            }
            int ageMin = (Integer) values.get("working_age_min");
            int ageMax = (Integer) values.get("working_age_max");
            if (ageMin > ageMax) {
                throw error(keyNodes.get("working_age_max"), Messages.text("policy.workingAgeOrder", ageMax, ageMin));
            }
            int schoolMin = (Integer) values.get("school_age_min");
            int schoolMax = (Integer) values.get("school_age_max");
            if (schoolMin > schoolMax) {
                throw error(keyNodes.getOrDefault("school_age_max", keyNodes.getOrDefault("school_age_min", node)),
                        Messages.text("policy.schoolAgeOrder", schoolMax, schoolMin));
            }
            ProfilePolicy profile = new ProfilePolicy(dec(values, "safety_net_income_multiple"),
                    (Integer) values.get("employment_min_months"), schoolMin, schoolMax,
                    dec(values, "medical_self_pay_threshold"));
            @SuppressWarnings("unchecked")
            Map<Integer, PolicySet.Target> targets = (Map<Integer, PolicySet.Target>) values.get("targets");
            return new PolicySet(
                    (LocalDate) values.get("effective_from"),
                    dec(values, "household_income_ceiling"),
                    dec(values, "dibao_monthly_standard"),
                    dec(values, "dibian_multiplier"),
                    ageMin,
                    ageMax,
                    dec(values, "imputed_monthly_income"),
                    dec(values, "personal_contribution_rate"),
                    (Integer) values.get("max_residential_units"),
                    dec(values, "commercial_area_limit_m2"),
                    dec(values, "vehicle_price_limit"),
                    (Integer) values.get("max_snapshot_age_days"),
                    dec(values, "household_rate_cap"),
                    dec(values, "fiscal_subsidy_cap"),
                    dec(values, "fiscal_share_of_excess"),
                    dec(values, "province_share"),
                    (Integer) values.get("day_count_basis"),
                    (LocalDate) values.get("program_start"),
                    targets,
                    profile);
        }

        private static BigDecimal dec(Map<String, Object> values, String name) {
            return (BigDecimal) values.get(name);
        }

        private Object value(Param p, Node node) {
            return switch (p.kind()) {
                case DATE -> date(p.name(), node);
                case DECIMAL -> checkRange(p, node, decimal(p.name(), node));
                case INT -> {
                    int v = integer(p.name(), node);
                    checkRange(p, node, BigDecimal.valueOf(v));
                    yield v;
                }
                case TARGETS -> targets(node);
            };
        }

        private Map<Integer, PolicySet.Target> targets(Node node) {
            if (!(node instanceof MappingNode m)) {
                throw error(node, Messages.text("policy.targetsType"));
            }
            Map<Integer, PolicySet.Target> out = new TreeMap<>();
            for (NodeTuple t : m.getValue()) {
                String yearText = key(t);
                if (!YEAR.matcher(yearText).matches()) {
                    throw error(t.getKeyNode(), Messages.text("policy.targetYear", yearText));
                }
                int year = Integer.parseInt(yearText);
                if (out.containsKey(year)) {
                    throw error(t.getKeyNode(), Messages.text("policy.targetsTwice", year));
                }
                MappingNode fields = mapping(t.getValueNode(), Messages.text("policy.targetsOf", year));
                Map<String, BigDecimal> f = new HashMap<>();
                for (NodeTuple ft : fields.getValue()) {
                    String name = key(ft);
                    if (!TARGET_FIELDS.contains(name)) {
                        throw error(ft.getKeyNode(), Messages.text("policy.unknownParameterExpected",
                                "targets." + year + "." + name, String.join(", ", TARGET_FIELDS)));
                    }
                    if (f.containsKey(name)) {
                        throw error(ft.getKeyNode(), Messages.text("policy.givenTwice", "targets." + year + "." + name));
                    }
                    BigDecimal v = decimal("targets." + year + "." + name, ft.getValueNode());
                    if (v.signum() < 0) {
                        throw error(ft.getValueNode(), Messages.text("policy.range", "targets." + year + "." + name,
                                Messages.text("policy.range.nonNegative"), v.toPlainString()));
                    }
                    f.put(name, v);
                }
                for (String name : TARGET_FIELDS) {
                    if (!f.containsKey(name)) {
                        throw error(t.getValueNode(), Messages.text("policy.missingOne", "targets." + year + "." + name));
                    }
                }
                out.put(year, new PolicySet.Target(f.get("new_loan_balance"), f.get("cumulative_interest_reduction")));
            }
            return out;
        }

        private BigDecimal checkRange(Param p, Node node, BigDecimal v) {
            boolean ok = switch (p.range()) {
                case ANY -> true;
                case NON_NEGATIVE -> v.signum() >= 0;
                case POSITIVE -> v.signum() > 0;
                case FRACTION -> v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0;
                case AT_LEAST_ONE -> v.compareTo(BigDecimal.ONE) >= 0;
                case MONTHS -> v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(12)) <= 0;
            };
            if (!ok) {
                Messages.Text expected = switch (p.range()) {
                    case NON_NEGATIVE, ANY -> Messages.text("policy.range.nonNegative");
                    case POSITIVE -> Messages.text("policy.range.positive");
                    case FRACTION -> Messages.text("policy.range.fraction");
                    case AT_LEAST_ONE -> Messages.text("policy.range.atLeastOne");
                    case MONTHS -> Messages.text("policy.range.months");
                };
                throw error(node, Messages.text("policy.range", p.name(), expected, v.toPlainString()));
            }
            if (p.maxDecimals() >= 0 && v.scale() > p.maxDecimals()) {
                throw error(node, Messages.text("policy.decimals", p.name(), p.maxDecimals(), v.toPlainString()));
            }
            return v;
        }

        private LocalDate date(String name, Node node) {
            String text = scalar(name, node, Messages.text("policy.expect.date"));
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(node, Messages.text("policy.wrongType", name, Messages.text("policy.expect.date"), text));
            }
        }

        private BigDecimal decimal(String name, Node node) {
            String text = scalar(name, node, Messages.text("policy.expect.decimal"));
            if (!DECIMAL.matcher(text).matches()) {
                throw error(node, Messages.text("policy.wrongType", name, Messages.text("policy.expect.decimalExample"), text));
            }
            return new BigDecimal(text);
        }

        private int integer(String name, Node node) {
            String text = scalar(name, node, Messages.text("policy.expect.integer"));
            if (!INTEGER.matcher(text).matches() || text.length() > 9) {
                throw error(node, Messages.text("policy.wrongType", name, Messages.text("policy.expect.integer"), text));
            }
            return Integer.parseInt(text);
        }

        private String scalar(String name, Node node, Messages.Text expected) {
            if (!(node instanceof ScalarNode s)) {
                throw error(node, Messages.text(node instanceof MappingNode ? "policy.wrongShape.mapping" : "policy.wrongShape.list",
                        name, expected));
            }
            String text = s.getValue().trim();
            if (text.isEmpty() || Tag.NULL.equals(s.getTag()) && "~".equals(text) || "null".equalsIgnoreCase(text)) {
                throw error(node, Messages.text("policy.noValue", name, expected));
            }
            return text;
        }

        private String key(NodeTuple t) {
            if (!(t.getKeyNode() instanceof ScalarNode s)) {
                throw error(t.getKeyNode(), Messages.text("policy.keyNotPlain"));
            }
            return s.getValue();
        }

        private MappingNode mapping(Node node, Messages.Text what) {
            if (!(node instanceof MappingNode m)) {
                throw error(node, Messages.text("policy.notMapping", what));
            }
            return m;
        }

        private PolicyException error(Node node, Messages.Text what) {
            return new PolicyException(Messages.text("policy.at", source, line(node), what));
        }

        private static int line(Node node) {
            return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        }
    }
}
