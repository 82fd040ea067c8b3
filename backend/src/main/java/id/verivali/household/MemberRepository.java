package id.verivali.household;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findFirstByHouseholdIdAndNikAndStatus(Long householdId, String nik, RecordStatus status);

    Optional<Member> findByIdAndHouseholdId(Long id, Long householdId);

    List<Member> findByHouseholdIdAndNikIn(Long householdId, Collection<String> niks);

    List<Member> findByHouseholdIdAndStatusOrderById(Long householdId, RecordStatus status);
}
