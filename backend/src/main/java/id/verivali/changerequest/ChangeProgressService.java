package id.verivali.changerequest;

import id.verivali.region.RegionCodes;
import id.verivali.region.RegionLevel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a region's changes have come: proposed, ended, and ended lately, by region. Each count is one grouped query
 * over a covering index of V11 (region columns, proposal time, status and finish time), never the rows.
 */
@Service
@Transactional(readOnly = true)
public class ChangeProgressService {

    /** Grouped by {@code %1$s} (the region counted), where {@code %2$s}. */
    private static final String COUNTS = """
            select new id.verivali.changerequest.ProgressCount(%1$s, count(c),
                sum(case when c.status <> :inProgress then 1 else 0 end),
                sum(case when c.finishedAt >= :from and c.finishedAt < :until then 1 else 0 end),
                max(c.finishedAt))
            from ChangeRequest c
            where %2$s
            group by %1$s""";

    private final EntityManager entities;

    ChangeProgressService(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The changes under a region per child region: the provinces for the whole country (null), a province's
     * districts, a district's kecamatan, a kecamatan's villages. Children without changes have no rows.
     *
     * @param proposedSince only changes proposed from then on; null for all
     * @param from the start of the window whose endings count as {@code doneLately}
     * @param until its end (excluded)
     */
    public List<ProgressCount> countByChild(String regionCode, Instant proposedSince, Instant from, Instant until) {
        if (regionCode == null) {
            return counts("substring(c.districtCode, 1, 2)", "1 = 1", proposedSince, from, until)
                    .getResultList();
        }
        return switch (RegionLevel.ofCode(regionCode)) {
            case PROVINCE ->
                counts("c.districtCode", "c.districtCode like :region", proposedSince, from, until)
                        .setParameter("region", regionCode + ".%")
                        .getResultList();
            case DISTRICT ->
                counts("c.subdistrictCode", "c.districtCode = :region", proposedSince, from, until)
                        .setParameter("region", regionCode)
                        .getResultList();
            case SUBDISTRICT ->
                counts("c.villageCode", "c.subdistrictCode = :region", proposedSince, from, until)
                        .setParameter("region", regionCode)
                        .getResultList();
            case VILLAGE -> List.of();
        };
    }

    /** The changes of one region, as {@link #countByChild} counts each child. */
    public ProgressCount countIn(String regionCode, Instant proposedSince, Instant from, Instant until) {
        var query = switch (RegionLevel.ofCode(regionCode)) {
            case PROVINCE ->
                counts("substring(c.districtCode, 1, 2)", "c.districtCode like :region", proposedSince, from, until)
                        .setParameter("region", regionCode + ".%");
            case DISTRICT ->
                counts("c.districtCode", "c.districtCode = :region", proposedSince, from, until)
                        .setParameter("region", regionCode);
            case SUBDISTRICT ->
                counts(
                                "c.subdistrictCode",
                                "c.districtCode = :parent and c.subdistrictCode = :region",
                                proposedSince,
                                from,
                                until)
                        .setParameter("parent", RegionCodes.parentOf(regionCode))
                        .setParameter("region", regionCode);
            case VILLAGE ->
                counts(
                                "c.villageCode",
                                "c.subdistrictCode = :parent and c.villageCode = :region",
                                proposedSince,
                                from,
                                until)
                        .setParameter("parent", RegionCodes.parentOf(regionCode))
                        .setParameter("region", regionCode);
        };
        return query.getResultStream().findFirst().orElse(ProgressCount.none(regionCode));
    }

    private TypedQuery<ProgressCount> counts(
            String region, String within, Instant proposedSince, Instant from, Instant until) {
        var where = proposedSince == null ? within : within + " and c.proposedAt >= :since";
        var query = entities.createQuery(COUNTS.formatted(region, where), ProgressCount.class)
                .setParameter("inProgress", ChangeStatus.IN_PROGRESS)
                .setParameter("from", from)
                .setParameter("until", until);
        if (proposedSince != null) {
            query.setParameter("since", proposedSince);
        }
        return query;
    }
}
