package id.verivali.fieldwork;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FieldVisitRepository extends JpaRepository<FieldVisit, Long> {

    Optional<FieldVisit> findByTaskId(String taskId);

    @Query("select v from FieldVisit v where v.taskId in :taskIds")
    List<FieldVisit> findByTaskIds(Collection<String> taskIds);

    @Query("select v from FieldVisit v where v.changeRequestId = :changeRequestId order by v.recordedAt, v.id")
    List<FieldVisit> findByChange(long changeRequestId);

    @Query("select v from FieldVisit v where v.changeRequestId in :changeRequestIds order by v.recordedAt, v.id")
    List<FieldVisit> findByChanges(Collection<Long> changeRequestIds);

    @Query("select v from FieldVisit v where v.importId = :importId and v.taskId = :taskId")
    Optional<FieldVisit> findImported(long importId, String taskId);
}
