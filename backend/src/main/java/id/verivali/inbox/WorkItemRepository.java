package id.verivali.inbox;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkItemRepository extends JpaRepository<WorkItem, String> {

    /** An inbox page: served by ix_work_item_inbox (role, region, state, due date). */
    @Query("""
            select w from WorkItem w
            where w.candidateRole = :role and w.candidateRegion = :region and w.state = 'OPEN'
              and (:stage is null or w.stage = :stage)
              and (:overdueOnly = false or w.dueDate < :now)
            order by w.dueDate, w.taskId""")
    Page<WorkItem> inbox(
            @Param("role") String role,
            @Param("region") String region,
            @Param("stage") String stage,
            @Param("overdueOnly") boolean overdueOnly,
            @Param("now") Instant now,
            Pageable page);

    /** The item with its row locked: concurrent decisions on one task queue here, and all but the first see it done. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WorkItem w where w.taskId = :taskId")
    Optional<WorkItem> lockById(@Param("taskId") String taskId);
}
