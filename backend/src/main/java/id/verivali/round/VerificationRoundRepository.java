package id.verivali.round;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VerificationRoundRepository extends JpaRepository<VerificationRound, Long> {

    /** The round, its row locked until the transaction ends: one batch of a round at a time, on any node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from VerificationRound r where r.id = :id")
    Optional<VerificationRound> lockById(long id);

    @Query("select r.id from VerificationRound r where r.status = :status order by r.id")
    List<Long> findIdsByStatus(RoundStatus status);

    /** Rounds of these districts (all rounds for null), newest first. */
    @Query("""
            select r from VerificationRound r where :all = true or r.districtCode in :districts
            order by r.openedAt desc, r.id desc
            """)
    Page<VerificationRound> findVisible(boolean all, Collection<String> districts, Pageable page);

    /** Rounds of a district still starting or paused: a new one may not take any of their kecamatan. */
    @Query("select r from VerificationRound r where r.districtCode = :district and r.status <> :done")
    List<VerificationRound> findUnfinished(String district, RoundStatus done);
}
