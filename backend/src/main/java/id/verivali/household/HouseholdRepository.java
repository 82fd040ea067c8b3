package id.verivali.household;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long> {

    /**
     * Households in a region (the region itself when it is a village, or every village under it), optionally matching
     * a search: part of the head's name or of the address, a village named by the search ({@code villagesNamed}, never
     * empty: a code no village has when none), or a whole KK number or member NIK; optionally with a registry status
     * and with or without a change under way. A null region means the whole country. The order comes with the page
     * ({@link HouseholdSort}); Spring Data derives the page's count query from this one.
     */
    // A change under way is read from the change requests' table (on its household index) rather than asked of the
    // changerequest module, which depends on this one: the filter has to be part of the query to page correctly.
    @Query(value = """
            select new id.verivali.household.HouseholdRow(h.id, h.kkNumber, head.name, head.nik, h.address, h.rt,
                h.rw, h.villageCode, h.status,
                (select count(m) from Member m where m.household = h and m.status = RecordStatus.ACTIVE))
            from Household h
            left join h.members head on head.relationship = Relationship.HEAD and head.status = RecordStatus.ACTIVE
            where (:region is null or h.villageCode = :region or h.villageCode like :under)
              and (:textPart is null or lower(head.name) like :textPart escape '\\'
                   or lower(h.address) like :textPart escape '\\'
                   or h.villageCode in :villagesNamed
                   or h.kkNumber = :number
                   or exists (select 1 from Member n where n.household = h and n.nik = :number))
              and (:status is null or h.status = :status)
              and (:inFlight is null
                   or (:inFlight = true and exists (select 1 from ChangeRequest c where c.householdId = h.id
                        and c.status = id.verivali.changerequest.ChangeStatus.IN_PROGRESS))
                   or (:inFlight = false and not exists (select 1 from ChangeRequest c where c.householdId = h.id
                        and c.status = id.verivali.changerequest.ChangeStatus.IN_PROGRESS)))
            """)
    Page<HouseholdRow> search(
            String region,
            String under,
            String textPart,
            Collection<String> villagesNamed,
            String number,
            RecordStatus status,
            Boolean inFlight,
            Pageable page);

    @Query(
            "select count(h) from Household h where :region is null or h.villageCode = :region or h.villageCode like :under")
    long countIn(String region, String under);

    @EntityGraph(attributePaths = "members")
    @Query("select h from Household h where h.id = :id")
    Optional<Household> findWithMembers(Long id);

    /** Active households, other than one, that have an active member with one of these NIKs. */
    @Query("""
            select distinct m.household.id from Member m
            where m.nik in :niks and m.status = RecordStatus.ACTIVE and m.household.status = RecordStatus.ACTIVE
              and (:exceptHouseholdId is null or m.household.id <> :exceptHouseholdId)
            order by m.household.id
            """)
    List<Long> findActiveWithMemberNik(Collection<String> niks, Long exceptHouseholdId);

    /** Active households, other than one, on this family card. */
    @Query("""
            select h.id from Household h
            where h.kkNumber = :kkNumber and h.status = RecordStatus.ACTIVE
              and (:exceptHouseholdId is null or h.id <> :exceptHouseholdId)
            order by h.id
            """)
    List<Long> findActiveWithKk(String kkNumber, Long exceptHouseholdId);

    @Query("select coalesce(max(h.id), 0) from Household h")
    long lastId();

    /** Active households under a kecamatan ({@code under} is its code and {@code .%}), counted by kecamatan. */
    @Query("""
            select substring(h.villageCode, 1, 8), count(h) from Household h
            where h.villageCode like :under and h.status = RecordStatus.ACTIVE and h.id <= :upTo
            group by substring(h.villageCode, 1, 8)
            """)
    List<Object[]> countActiveBySubdistrict(String under, long upTo);

    /**
     * The next active households under a region after a place in village-then-id order, up to a household id: a
     * cursor that walks the region's villages one after the other on the index of (village, id).
     */
    @Query("""
            select new id.verivali.household.HouseholdRef(h.id, h.villageCode) from Household h
            where h.villageCode like :under and h.status = RecordStatus.ACTIVE and h.id <= :upTo
              and (h.villageCode > :afterVillage or (h.villageCode = :afterVillage and h.id > :afterId))
            order by h.villageCode, h.id
            """)
    List<HouseholdRef> nextActive(String under, String afterVillage, long afterId, long upTo, Pageable limit);

    /** Every member's NIK and every household's family card number that start with a prefix (a kecamatan's digits). */
    @Query("select m.nik from Member m where m.nik like concat(:prefix, '%')")
    List<String> niksStartingWith(String prefix);

    @Query("select h.kkNumber from Household h where h.kkNumber like concat(:prefix, '%')")
    List<String> kkNumbersStartingWith(String prefix);
}
