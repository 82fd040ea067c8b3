package id.verivali.deliberation;

import id.verivali.common.web.NotFoundException;
import id.verivali.security.RegionScope;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeliberationRepository extends JpaRepository<Deliberation, Long> {

    /**
     * Newest first, within a region and everything under it ({@code region} null: the whole country, ministry decrees
     * included); served by ix_deliberation_region.
     */
    @Query("""
            select d from Deliberation d
            where :region is null or d.regionCode = :region or d.regionCode like :under
            order by d.id desc""")
    Page<Deliberation> within(@Param("region") String region, @Param("under") String under, Pageable page);

    /**
     * The deliberations that decided a change, oldest first, each with its item on the change (a deliberation lists a
     * change at most once); served by ix_deliberation_decision_change.
     */
    @Query("""
            select d, x from Deliberation d join d.decisions x
            where x.changeRequestId = :changeRequestId
            order by d.id""")
    List<Object[]> decidedChange(@Param("changeRequestId") long changeRequestId);

    /** The region's earliest deliberation with this minutes number ({@code region} null: the ministry's decrees). */
    @Query("""
            select d from Deliberation d
            where d.minutesNumber = :number
              and (d.regionCode = :region or (:region is null and d.regionCode is null))
            order by d.id""")
    List<Deliberation> withMinutesNumber(@Param("region") String region, @Param("number") String number, Pageable page);

    /** The deliberation with its item on the task, if it decided the task. */
    @Query("""
            select d, x from Deliberation d join d.decisions x
            where d.id = :id and x.taskId = :taskId""")
    List<Object[]> decidedTask(@Param("id") long id, @Param("taskId") String taskId);

    /** A deliberation the scope may read, else 404: a ministry decree is the ministry's. */
    default Deliberation visibleTo(long id, RegionScope scope) {
        return findById(id)
                .filter(d -> d.regionCode() == null ? scope.isNational() : scope.covers(d.regionCode()))
                .orElseThrow(() -> new NotFoundException("deliberation", id));
    }
}
