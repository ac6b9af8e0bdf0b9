package kuozhong.household;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A small immutable, insertion-ordered {@code Map<String, String>} backed by one array, for the
 * figures of a {@link RuleOutcome} (several per household, so kept compact).
 */
public final class Figures extends AbstractMap<String, String> {
    private final String[] kv;

    private Figures(String[] kv) {
        this.kv = kv;
    }

    /** {@code of("household_income", "100000.01", "household_income_ceiling", "100000.00")}. */
    public static Figures of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        for (String s : keysAndValues) {
            if (s == null) {
                throw new NullPointerException("figure key or value");
            }
        }
        return new Figures(keysAndValues.clone());
    }

    static Figures copyOf(Map<String, String> map) {
        if (map instanceof Figures f) {
            return f;
        }
        String[] kv = new String[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return of(kv);
    }

    /**
     * An exact amount as text: trailing zeros beyond the second decimal are dropped, at least two
     * decimals are shown ({@code 20520.000} → {@code 20520.00}, {@code 50.010000} → {@code 50.01},
     * {@code 12.3456} stays).
     */
    public static String amount(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 2) {
            s = s.setScale(2);
        }
        return s.toPlainString();
    }

    private static final String[] COUNTS = new String[100];

    static {
        for (int i = 0; i < COUNTS.length; i++) {
            COUNTS[i] = Integer.toString(i);
        }
    }

    /** A count as text; small counts share one string (a list holds several per household). */
    public static String count(int n) {
        return n >= 0 && n < COUNTS.length ? COUNTS[n] : Integer.toString(n);
    }

    /**
     * A value that repeats across households (a policy parameter, the as-of date), as one shared
     * string so that a list of a million members does not hold a copy per household.
     */
    public static String shared(String text) {
        return text.intern();
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i].equals(key)) {
                return kv[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return kv.length / 2;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < kv.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (i >= kv.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> e = new SimpleImmutableEntry<>(kv[i], kv[i + 1]);
                        i += 2;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return kv.length / 2;
            }
        };
    }
}
