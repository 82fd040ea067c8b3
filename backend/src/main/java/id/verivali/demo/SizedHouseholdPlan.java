package id.verivali.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * A registry of a given size. Households: each village draws a weight as Kubu Raya's villages draw their number of
 * households (22 to 38), and the total is shared out in proportion, the leftovers of the rounding going to the
 * largest remainders, so the villages hold exactly the households asked for. Members: each household is drawn as in
 * Kubu Raya and then given half the members the registry is behind (or ahead of) the share due so far as extra (or
 * fewer) children. The registry stays within a member or two of its course and ends within a few members of the
 * total, without every household coming out the same size.
 */
final class SizedHouseholdPlan implements HouseholdPlan {

    /** Kubu Raya draws up to four children; catching up may add two more. */
    static final int MOST_CHILDREN = 6;

    private final RegistrySize size;
    private final int[] householdsPerVillage;
    private long householdsCounted;
    private long membersCounted;

    private SizedHouseholdPlan(RegistrySize size, int[] householdsPerVillage) {
        this.size = size;
        this.householdsPerVillage = householdsPerVillage;
    }

    /** Shares the registry's households out over this many villages, drawing their weights from {@code random}. */
    static SizedHouseholdPlan spread(RegistrySize size, int villages, RandomGenerator random) {
        long[] weights = IntStream.range(0, villages)
                .mapToLong(v -> 22 + random.nextInt(17))
                .toArray();
        long totalWeight = Arrays.stream(weights).sum();
        int[] households = new int[villages];
        long[] remainders = new long[villages];
        long shared = 0;
        for (int v = 0; v < villages; v++) {
            long exact = size.households() * weights[v];
            households[v] = (int) (exact / totalWeight);
            remainders[v] = exact % totalWeight;
            shared += households[v];
        }
        Integer[] byRemainder = IntStream.range(0, villages).boxed().toArray(Integer[]::new);
        Arrays.sort(
                byRemainder,
                Comparator.comparingLong((Integer v) -> remainders[v]).reversed());
        for (int i = 0; shared < size.households(); i++, shared++) {
            households[byRemainder[i]]++;
        }
        return new SizedHouseholdPlan(size, households);
    }

    @Override
    public int householdsIn(int village) {
        return householdsPerVillage[village];
    }

    @Override
    public int children(int drawn) {
        double due = (double) size.members() * householdsCounted / size.households();
        long behind = Math.round((due - membersCounted) / 2);
        return (int) Math.max(0, Math.min(MOST_CHILDREN, drawn + behind));
    }

    @Override
    public void counted(int members) {
        householdsCounted++;
        membersCounted += members;
    }
}
