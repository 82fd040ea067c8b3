package id.verivali.household;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findFirstByHouseholdIdAndNikAndStatus(Long householdId, String nik, RecordStatus status);

    /**
     * Everyone recorded with a NIK as (household id, name, village, still on the registry), the one still on it
     * first, then the latest: one read through the NIK's index.
     */
    @Query("""
            select m.household.id, m.name, m.household.villageCode,
                   (m.status = RecordStatus.ACTIVE and m.household.status = RecordStatus.ACTIVE)
            from Member m where m.nik = :nik
            order by case when m.status = RecordStatus.ACTIVE and m.household.status = RecordStatus.ACTIVE
                     then 0 else 1 end, m.id desc
            """)
    List<Object[]> findRecordedWithNik(String nik, Limit limit);

    Optional<Member> findByIdAndHouseholdId(Long id, Long householdId);

    List<Member> findByHouseholdIdAndNikIn(Long householdId, Collection<String> niks);

    List<Member> findByHouseholdIdAndStatusOrderById(Long householdId, RecordStatus status);

    List<Member> findByHouseholdIdOrderById(Long householdId);

    /**
     * The active members of several households as (household id, name), each household's head first, then by id:
     * the first row of a household names its head, or its first member when no one is recorded as head.
     */
    @Query("""
            select m.household.id, m.name from Member m
            where m.household.id in :householdIds and m.status = RecordStatus.ACTIVE
            order by m.household.id, case when m.relationship = Relationship.HEAD then 0 else 1 end, m.id
            """)
    List<Object[]> findHeadsFirst(Collection<Long> householdIds);

    /**
     * Every member of several households as (household id, name, NIK), the recorded head first (active before
     * removed), then active members, then by id: the first row of a household names whom a list by name and address
     * prints.
     */
    @Query("""
            select m.household.id, m.name, m.nik from Member m
            where m.household.id in :householdIds
            order by m.household.id,
                case when m.relationship = Relationship.HEAD then 0 else 1 end,
                case when m.status = RecordStatus.ACTIVE then 0 else 1 end,
                m.id
            """)
    List<Object[]> findNamesHeadFirst(Collection<Long> householdIds);

    /** The active members of several households as (household id, NIK, name, birth date), each household's in order. */
    @Query("""
            select m.household.id, m.nik, m.name, m.birthDate from Member m
            where m.household.id in :householdIds and m.status = RecordStatus.ACTIVE
            order by m.household.id, m.id
            """)
    List<Object[]> findActivePersons(Collection<Long> householdIds);

    /** Which of these NIKs an active member of another active household holds (all households: none excepted). */
    @Query("""
            select distinct m.nik from Member m
            where m.nik in :niks and m.status = RecordStatus.ACTIVE and m.household.status = RecordStatus.ACTIVE
              and (:exceptHouseholdId is null or m.household.id <> :exceptHouseholdId)
            """)
    List<String> findNiksOnActiveHouseholds(Collection<String> niks, Long exceptHouseholdId);

    /** Households' active members, head first: (household id, member). */
    @Query("""
            select m.household.id, m from Member m
            where m.household.id in :householdIds and m.status = RecordStatus.ACTIVE
            order by m.household.id, case when m.relationship = Relationship.HEAD then 0 else 1 end, m.id
            """)
    List<Object[]> findActiveIn(Collection<Long> householdIds);
}
