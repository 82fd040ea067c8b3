package id.verivali.fieldwork;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FieldCheckRepository extends JpaRepository<FieldCheck, String> {

    /**
     * A worklist page in walking order: by village, RW, RT, then address.
     *
     * @param villages {@code LIKE} pattern of the villages: a village's code, or a kecamatan's code and {@code .%}
     * @param rws the RWs of the dusun asked for; ignored when {@code anyRw}
     */
    @Query("""
            select c from FieldCheck c
            where c.villageCode like :villages
              and c.state in :states
              and (:roundId is null or c.roundId = :roundId)
              and (:rt is null or c.rt = :rt)
              and (:rw is null or c.rw = :rw)
              and (:anyRw = true or c.rw in :rws)
            order by c.villageCode, c.rw, c.rt, c.address, c.headName, c.taskId
            """)
    Page<FieldCheck> worklist(
            String villages,
            Collection<FieldCheckState> states,
            Long roundId,
            String rt,
            String rw,
            boolean anyRw,
            Collection<String> rws,
            Pageable page);

    /** Per village and state: (village, state, checks, of them past due, earliest due). */
    @Query("""
            select c.villageCode, c.state, count(c),
                   sum(case when c.dueDate < :now then 1 else 0 end), min(c.dueDate)
            from FieldCheck c
            where c.villageCode like :villages
              and c.state <> id.verivali.fieldwork.FieldCheckState.CANCELLED
              and (:roundId is null or c.roundId = :roundId)
            group by c.villageCode, c.state
            """)
    List<Object[]> countByVillage(String villages, Long roundId, Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from FieldCheck c where c.taskId = :taskId")
    Optional<FieldCheck> lockById(String taskId);

    /** The field checks of these changes, locked: an import decides them all or none. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from FieldCheck c where c.changeRequestNumber in :numbers order by c.taskId")
    List<FieldCheck> lockByNumbers(Collection<String> numbers);

    @Query("select c from FieldCheck c where c.changeRequestNumber in :numbers")
    List<FieldCheck> findByNumbers(Collection<String> numbers);

    @Query("select c from FieldCheck c where c.changeRequestId in :changeRequestIds")
    List<FieldCheck> findByChanges(Collection<Long> changeRequestIds);
}
