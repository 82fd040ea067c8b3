package id.verivali.inbox;

import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkItemRepository extends JpaRepository<WorkItem, String>, JpaSpecificationExecutor<WorkItem> {

    /** An inbox's order: earliest due first, and by task among those due together, so that pages never overlap. */
    Sort EARLIEST_DUE_FIRST = Sort.by("dueDate", "taskId");

    /**
     * The open tasks of a candidate group (its region '' for a national group): an official's inbox, served by
     * ix_work_item_inbox (role, region, state, due date).
     */
    static Specification<WorkItem> openFor(String role, String region) {
        return (root, query, where) -> where.and(
                where.equal(root.get("candidateRole"), role),
                where.equal(root.get("candidateRegion"), region),
                where.equal(root.get("state"), WorkItem.OPEN));
    }

    /**
     * A regional supervisor's inbox: the national group's open follow-ups of changes in its districts
     * ({@code districts} a district's code, or a province's followed by {@code .%}), served by ix_work_item_follow_ups.
     */
    static Specification<WorkItem> followUpsWithin(String role, String districts) {
        return openFor(role, "").and((root, query, where) -> where.like(root.get("districtCode"), districts));
    }

    /**
     * What narrows an inbox; a null part asks for nothing. Only the parts asked for become conditions, so that each
     * search has a fixed shape its index serves on H2 as on MySQL: a change number ix_work_item_number, part of the
     * head's name ix_work_item_inbox_head, the changes a NIK concerns the index of fk_work_item_change. (H2 reads no
     * index for an optional condition written {@code :x is null or ...}: it read all 150,000 tasks of an inbox that
     * size to find one change's.)
     *
     * @param districts a district's code, or a province's followed by {@code .%}
     * @param dueBefore only tasks due before this instant: overdue ones
     * @param headPart part of the household head's name, in lower case, {@code %} and {@code _} escaped with {@code \}
     * @param changeIds only the tasks of these changes: none when it is empty
     */
    static Specification<WorkItem> narrowed(
            String districts,
            String subdistrict,
            String village,
            String stage,
            Instant dueBefore,
            String number,
            String headPart,
            Collection<Long> changeIds) {
        return (root, query, where) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (districts != null) {
                conditions.add(where.like(root.get("districtCode"), districts));
            }
            if (subdistrict != null) {
                conditions.add(where.equal(root.get("subdistrictCode"), subdistrict));
            }
            if (village != null) {
                conditions.add(where.equal(root.get("villageCode"), village));
            }
            if (stage != null) {
                conditions.add(where.equal(root.get("stage"), stage));
            }
            if (dueBefore != null) {
                conditions.add(where.lessThan(root.get("dueDate"), dueBefore));
            }
            if (number != null) {
                conditions.add(where.equal(root.get("changeRequestNumber"), number));
            }
            if (headPart != null) {
                conditions.add(where.like(where.lower(root.get("householdHead")), headPart, '\\'));
            }
            if (changeIds != null) {
                conditions.add(
                        changeIds.isEmpty()
                                ? where.disjunction()
                                : root.get("changeRequestId").in(changeIds));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }

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

    /** Several items, their rows locked in the order of their ids, so that two lists over the same tasks queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WorkItem w where w.taskId in :taskIds order by w.taskId")
    List<WorkItem> lockAllById(@Param("taskIds") Collection<String> taskIds);

    @Query("select count(w) from WorkItem w where w.taskId in :taskIds and w.state = 'DECIDED'")
    int countDecided(@Param("taskIds") Collection<String> taskIds);
}
