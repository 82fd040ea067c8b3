package id.verivali.household;

import static org.assertj.core.api.Assertions.assertThat;

import id.verivali.household.NewHousehold.NewMember;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewHouseholdTest {

    @Test
    void the_head_is_the_member_recorded_as_head_wherever_they_stand() {
        var household = withMembers(member("Siti", Relationship.SPOUSE), member("Ahmad", Relationship.HEAD));

        assertThat(household.headName()).isEqualTo("Ahmad");
    }

    @Test
    void without_a_recorded_head_the_first_member_heads_and_without_members_no_one() {
        assertThat(withMembers(member("Siti", Relationship.SPOUSE), member("Rina", Relationship.CHILD))
                        .headName())
                .isEqualTo("Siti");
        assertThat(withMembers().headName()).isNull();
        assertThat(new NewHousehold("6112040101200001", "Jl. Parit", "001", "002", "61.12.04.2002", null, null)
                        .headName())
                .isNull();
    }

    private static NewHousehold withMembers(NewMember... members) {
        return new NewHousehold("6112040101200001", "Jl. Parit", "001", "002", "61.12.04.2002", null, List.of(members));
    }

    private static NewMember member(String name, Relationship relationship) {
        return new NewMember("6112041203850001", name, LocalDate.of(1985, 3, 12), Sex.MALE, relationship);
    }
}
