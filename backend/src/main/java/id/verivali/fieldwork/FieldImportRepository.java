package id.verivali.fieldwork;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FieldImportRepository extends JpaRepository<FieldImport, Long> {

    /** The imports of the same file a village has confirmed, earliest first. */
    @Query("""
            select i from FieldImport i
            where i.villageCode = :villageCode and i.sha256 = :sha256 and i.status = 'CONFIRMED' and i.id <> :except
            order by i.confirmedAt, i.id
            """)
    List<FieldImport> confirmedSameFile(String villageCode, String sha256, long except, Pageable page);

    @Query("select v.finding, count(v) from FieldVisit v where v.importId = :importId group by v.finding")
    List<Object[]> countByFinding(long importId);

    @Query("select v.taskId from FieldVisit v where v.importId = :importId")
    List<String> decidedTasks(long importId);
}
