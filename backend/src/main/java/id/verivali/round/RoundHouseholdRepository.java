package id.verivali.round;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoundHouseholdRepository extends JpaRepository<RoundHousehold, RoundHousehold.Key> {

    /** A round's households per kecamatan: (kecamatan code, households with their change). */
    @Query("""
            select h.subdistrictCode, count(h) from RoundHousehold h
            where h.key.roundId = :roundId group by h.subdistrictCode
            """)
    List<Object[]> countBySubdistrict(long roundId);

    /** The round that started a change: none, or one (a household is in a round once). */
    @Query("select h.key.roundId from RoundHousehold h where h.changeRequestId = :changeRequestId")
    List<Long> roundsStarting(long changeRequestId);
}
