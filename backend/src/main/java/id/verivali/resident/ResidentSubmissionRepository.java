package id.verivali.resident;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResidentSubmissionRepository extends JpaRepository<ResidentSubmission, Long> {

    Optional<ResidentSubmission> findByTrackingCode(String trackingCode);

    default ResidentSubmission byTrackingCode(String trackingCode) {
        return findByTrackingCode(trackingCode)
                .orElseThrow(() -> new IllegalStateException("No resident submission " + trackingCode));
    }

    boolean existsByTrackingCode(String trackingCode);

    /** Waiting at a village operator of these villages (the region or under it), the earliest due first. */
    @Query("""
            select s from ResidentSubmission s
            where s.state = id.verivali.resident.SubmissionState.WAITING
              and (:region is null or s.villageCode = :region or s.villageCode like :under)
            order by s.dueDate, s.id""")
    Page<ResidentSubmission> waitingIn(@Param("region") String region, @Param("under") String under, Pageable page);

    /** Waiting with the kecamatan's follow-up open, in a region, the earliest due first. */
    @Query("""
            select s from ResidentSubmission s
            where s.state = id.verivali.resident.SubmissionState.WAITING and s.followUpTaskId is not null
              and (:region is null or s.villageCode = :region or s.villageCode like :under)
            order by s.dueDate, s.id""")
    Page<ResidentSubmission> followUpsIn(@Param("region") String region, @Param("under") String under, Pageable page);

    /** Every submission in a region, the newest first. */
    @Query("""
            select s from ResidentSubmission s
            where :region is null or s.villageCode = :region or s.villageCode like :under
            order by s.submittedAt desc, s.id desc""")
    Page<ResidentSubmission> allIn(@Param("region") String region, @Param("under") String under, Pageable page);
}
