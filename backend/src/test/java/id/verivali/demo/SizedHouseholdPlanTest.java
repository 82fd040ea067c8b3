package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SizedHouseholdPlanTest {

    private static List<Integer> spread(int households, int villages) {
        var plan = SizedHouseholdPlan.spread(new RegistrySize(households, households * 3), villages, new Random(1));
        return IntStream.range(0, villages).map(plan::householdsIn).boxed().toList();
    }

    @Test
    void the_villages_share_exactly_the_households_asked_for_each_in_proportion_to_its_weight() {
        var perVillage = spread(60_937, 237);

        assertThat(perVillage.stream().mapToInt(Integer::intValue).sum()).isEqualTo(60_937);
        // Weights of 22 to 38 around an average of 257 households a village.
        assertThat(perVillage).allSatisfy(n -> assertThat(n).isBetween(170, 350));
    }

    @Test
    void fewer_households_than_villages_leave_some_villages_empty() {
        var perVillage = spread(5, 237);

        assertThat(perVillage.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(perVillage).allSatisfy(n -> assertThat(n).isBetween(0, 1));
    }

    @Test
    void children_stay_as_drawn_on_course_and_make_up_half_of_what_the_registry_is_behind() {
        var plan = SizedHouseholdPlan.spread(new RegistrySize(10, 30), 1, new Random(1));
        assertThat(plan.children(2)).isEqualTo(2);

        plan.counted(1); // 3 due after one household: 2 behind
        assertThat(plan.children(2)).isEqualTo(3);

        plan.counted(9); // 6 due after two, 10 counted: 4 ahead
        assertThat(plan.children(1)).isZero();
        assertThat(plan.children(4)).isEqualTo(2);
    }

    @Test
    void children_never_exceed_the_most_a_household_is_given() {
        var plan = SizedHouseholdPlan.spread(new RegistrySize(10, 60), 1, new Random(1));
        plan.counted(1);
        plan.counted(1);

        assertThat(plan.children(4)).isEqualTo(SizedHouseholdPlan.MOST_CHILDREN);
    }
}
