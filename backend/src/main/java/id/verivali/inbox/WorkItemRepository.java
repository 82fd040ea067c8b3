package id.verivali.inbox;

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
import org.springframework.data.repository.query.Param;

interface WorkItemRepository extends JpaRepository<WorkItem, String> {

    /**
     * An inbox page: served by ix_work_item_inbox (role, region, state, due date), a search by name by
     * ix_work_item_inbox_head. The rest narrows it: a region below the inbox's ({@code districts} a district's code or
     * a province's followed by {@code .%}, or a kecamatan, or a village), a change number, part of the household
     * head's name (lower case), the changes of households found by a member's NIK ({@code changeIds}, never empty).
     */
    @Query("""
            select w from WorkItem w
            where w.candidateRole = :role and w.candidateRegion = :region and w.state = 'OPEN'
              and (:stage is null or w.stage = :stage)
              and (:overdueOnly = false or w.dueDate < :now)
              and (:districts is null or w.districtCode like :districts)
              and (:subdistrict is null or w.subdistrictCode = :subdistrict)
              and (:village is null or w.villageCode = :village)
              and (:number is null or w.changeRequestNumber = :number)
              and (:headPart is null or lower(w.householdHead) like :headPart escape '\\')
              and (:byChanges = false or w.changeRequestId in :changeIds)
            order by w.dueDate, w.taskId""")
    Page<WorkItem> inbox(
            @Param("role") String role,
            @Param("region") String region,
            @Param("stage") String stage,
            @Param("overdueOnly") boolean overdueOnly,
            @Param("districts") String districts,
            @Param("subdistrict") String subdistrict,
            @Param("village") String village,
            @Param("number") String number,
            @Param("headPart") String headPart,
            @Param("byChanges") boolean byChanges,
            @Param("changeIds") Collection<Long> changeIds,
            @Param("now") Instant now,
            Pageable page);

    /**
     * A regional supervisor's inbox: the national group's open follow-ups of changes in its region, served by
     * ix_work_item_follow_ups. {@code districts} is a district's code, or a province's followed by {@code .%}; a
     * kecamatan or village narrows it further; the search is {@link #inbox}'s.
     */
    @Query("""
            select w from WorkItem w
            where w.candidateRole = :role and w.candidateRegion = '' and w.state = 'OPEN'
              and w.districtCode like :districts
              and (:subdistrict is null or w.subdistrictCode = :subdistrict)
              and (:village is null or w.villageCode = :village)
              and (:stage is null or w.stage = :stage)
              and (:overdueOnly = false or w.dueDate < :now)
              and (:number is null or w.changeRequestNumber = :number)
              and (:headPart is null or lower(w.householdHead) like :headPart escape '\\')
              and (:byChanges = false or w.changeRequestId in :changeIds)
            order by w.dueDate, w.taskId""")
    Page<WorkItem> followUpsWithin(
            @Param("role") String role,
            @Param("districts") String districts,
            @Param("subdistrict") String subdistrict,
            @Param("village") String village,
            @Param("stage") String stage,
            @Param("overdueOnly") boolean overdueOnly,
            @Param("number") String number,
            @Param("headPart") String headPart,
            @Param("byChanges") boolean byChanges,
            @Param("changeIds") Collection<Long> changeIds,
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
