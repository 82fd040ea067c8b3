package id.verivali.inbox;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
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

    /**
     * A regional supervisor's inbox: the national group's open follow-ups of changes in its region, served by
     * ix_work_item_follow_ups. {@code districts} is a district's code, or a province's followed by {@code .%}; a
     * kecamatan or village narrows it further.
     */
    @Query("""
            select w from WorkItem w
            where w.candidateRole = :role and w.candidateRegion = '' and w.state = 'OPEN'
              and w.districtCode like :districts
              and (:subdistrict is null or w.subdistrictCode = :subdistrict)
              and (:village is null or w.villageCode = :village)
              and (:stage is null or w.stage = :stage)
              and (:overdueOnly = false or w.dueDate < :now)
            order by w.dueDate, w.taskId""")
    Page<WorkItem> followUpsWithin(
            @Param("role") String role,
            @Param("districts") String districts,
            @Param("subdistrict") String subdistrict,
            @Param("village") String village,
            @Param("stage") String stage,
            @Param("overdueOnly") boolean overdueOnly,
            @Param("now") Instant now,
            Pageable page);

    /** The open task of a process at a stage that a follow-up follows up. */
    @Query("""
            select w from WorkItem w
            where w.processInstanceId = :processInstanceId and w.stage = :stage
              and w.followUp = false and w.state = 'OPEN'""")
    List<WorkItem> openDecisionTasks(
            @Param("processInstanceId") String processInstanceId, @Param("stage") String stage);

    /** The item with its row locked: concurrent decisions on one task queue here, and all but the first see it done. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WorkItem w where w.taskId = :taskId")
    Optional<WorkItem> lockById(@Param("taskId") String taskId);
}
