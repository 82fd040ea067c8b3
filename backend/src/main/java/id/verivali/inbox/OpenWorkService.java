package id.verivali.inbox;

import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much work is open under a region and how late it runs, from the inbox's read model: never the engine's tables
 * or process variables. Each count is one grouped query over a covering index of V11, so a district's counts stay
 * fast at 150,000 open changes.
 */
@Service
@Transactional(readOnly = true)
public class OpenWorkService {

    /** Grouped by {@code %1$s} (the child region) and stage, where {@code %2$s} (the region). */
    private static final String COUNTS = """
            select new id.verivali.inbox.OpenWorkCount(%1$s, w.stage, count(w),
                sum(case when w.dueDate >= :now and w.dueDate <= :soon then 1 else 0 end),
                sum(case when w.dueDate < :now then 1 else 0 end),
                count(w.escalatedAt),
                min(w.dueDate))
            from WorkItem w
            where %2$s and w.state = 'OPEN' and w.followUp = false
            group by %1$s, w.stage""";

    private static final String DUE_AT = """
            select w from WorkItem w
            where %s and w.state = 'OPEN' and w.followUp = false and w.stage = :stage and w.dueDate = :dueDate
            order by w.taskId""";

    private final EntityManager entities;

    OpenWorkService(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The open decision tasks under a region per child region and stage: the provinces for the whole country (null),
     * a province's districts, a district's kecamatan, a kecamatan's villages; a village counts only itself. Children
     * without open work have no rows.
     *
     * @param soon the end of "due soon", which starts at {@code now}
     */
    public List<OpenWorkCount> countByChild(String regionCode, Instant now, Instant soon) {
        if (regionCode == null) {
            return counts("substring(w.districtCode, 1, 2)", "1 = 1", null, now, soon);
        }
        return switch (RegionLevel.ofCode(regionCode)) {
            case PROVINCE -> counts("w.districtCode", "w.districtCode like :region", regionCode + ".%", now, soon);
            case DISTRICT -> counts("w.subdistrictCode", "w.districtCode = :region", regionCode, now, soon);
            case SUBDISTRICT -> counts("w.villageCode", "w.subdistrictCode = :region", regionCode, now, soon);
            // Its row of its kecamatan's counts: a seek on the kecamatan's index, no index of its own.
            case VILLAGE ->
                counts("w.villageCode", "w.subdistrictCode = :region", RegionCodes.parentOf(regionCode), now, soon)
                        .stream()
                        .filter(count -> count.regionCode().equals(regionCode))
                        .toList();
        };
    }

    /**
     * The open decision task of a region at a stage that is due exactly then, the lowest task id of several. With
     * the earliest due date of {@link #countByChild}, a region's oldest overdue task, by a seek on the same indexes.
     */
    public Optional<OpenTaskView> dueAt(String regionCode, String stage, Instant dueDate) {
        var query = switch (RegionLevel.ofCode(regionCode)) {
            case PROVINCE ->
                entities.createQuery(DUE_AT.formatted("w.districtCode like :district"), WorkItem.class)
                        .setParameter("district", regionCode + ".%");
            case DISTRICT ->
                entities.createQuery(DUE_AT.formatted("w.districtCode = :district"), WorkItem.class)
                        .setParameter("district", regionCode);
            case SUBDISTRICT ->
                entities.createQuery(
                                DUE_AT.formatted("w.districtCode = :district and w.subdistrictCode = :subdistrict"),
                                WorkItem.class)
                        .setParameter("district", RegionCodes.parentOf(regionCode))
                        .setParameter("subdistrict", regionCode);
            case VILLAGE ->
                entities.createQuery(
                                DUE_AT.formatted("w.subdistrictCode = :subdistrict and w.villageCode = :village"),
                                WorkItem.class)
                        .setParameter("subdistrict", RegionCodes.parentOf(regionCode))
                        .setParameter("village", regionCode);
        };
        return query.setParameter("stage", stage)
                .setParameter("dueDate", dueDate)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(item -> new OpenTaskView(
                        item.taskId(),
                        item.changeRequestId(),
                        item.changeRequestNumber(),
                        item.stage(),
                        item.dueDate()));
    }

    private List<OpenWorkCount> counts(String child, String within, String region, Instant now, Instant soon) {
        var query = entities.createQuery(COUNTS.formatted(child, within), OpenWorkCount.class)
                .setParameter("now", now)
                .setParameter("soon", soon);
        if (region != null) {
            query.setParameter("region", region);
        }
        return query.getResultList();
    }
}
