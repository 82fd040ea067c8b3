package id.verivali.changerequest;

import id.verivali.common.web.NotFoundException;
import id.verivali.region.RegionLevel;
import id.verivali.security.RegionScope;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ChangeRequestRepository
        extends JpaRepository<ChangeRequest, Long>, JpaSpecificationExecutor<ChangeRequest>, ChangeRequestByNumber {

    /** The change with this number, as the process knows it (its business key); 404 when there is none. */
    default ChangeRequest byNumber(String number) {
        return findByNumber(number).orElseThrow(() -> new NotFoundException("changeRequest", number));
    }

    default ChangeRequest byId(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("changeRequest", id));
    }

    /** A change the caller may see: in their region; otherwise 404, as if it did not exist. */
    default ChangeRequest byIdWithin(RegionScope scope, long id) {
        return findById(id)
                .filter(change -> scope.covers(change.villageCode()))
                .orElseThrow(() -> new NotFoundException("changeRequest", id));
    }

    /** The changes in progress of these households, as (household id, change id) pairs. */
    @Query(
            "select c.householdId, c.id from ChangeRequest c where c.householdId in :householdIds and c.status = :status")
    List<Object[]> findByHouseholdsAndStatus(Collection<Long> householdIds, ChangeStatus status);

    /**
     * The changes of a status that would put a person with this NIK on the list (a new household's member, a member
     * to add), served by ix_change_request_proposed_nik.
     */
    @Query("select c.id from ChangeRequest c join c.searchableNiks nik where nik = :nik and c.status = :status")
    List<Long> findByProposedNikAndStatus(String nik, ChangeStatus status);

    /** Served by the unique constraint on (proposed_by, idempotency_key). */
    Optional<ChangeRequest> findByProposedByAndIdempotencyKey(String proposedBy, String idempotencyKey);

    /**
     * The changes of a region, optionally of one status and stage. The region is matched on the column of its own
     * level (village, kecamatan or district code), each the head of a list index (region, status, stage, proposed
     * at): an equality, never a {@code LIKE} on the village code. Only parts that are asked for become conditions,
     * so every query the list sends has a fixed shape the index serves.
     */
    static Specification<ChangeRequest> listed(RegionScope scope, ChangeStatus status, Stage stage) {
        return listed(scope, status, stage, null);
    }

    /**
     * {@link #listed(RegionScope, ChangeStatus, Stage) The changes of a region}, optionally of one household only:
     * a household's history, served by the index on household id. The region's condition stays, so a household
     * outside the caller's region lists nothing.
     */
    static Specification<ChangeRequest> listed(RegionScope scope, ChangeStatus status, Stage stage, Long householdId) {
        return listed(scope, status, stage, householdId, null);
    }

    /** {@link #listed(RegionScope, ChangeStatus, Stage, Long) The changes of a region}, optionally of one type. */
    static Specification<ChangeRequest> listed(
            RegionScope scope, ChangeStatus status, Stage stage, Long householdId, ChangeType type) {
        return (root, query, where) -> {
            List<Predicate> conditions = new ArrayList<>();
            scope.regionCode()
                    .ifPresent(code -> conditions.add(
                            switch (RegionLevel.ofCode(code)) {
                                case VILLAGE -> where.equal(root.get("villageCode"), code);
                                case SUBDISTRICT -> where.equal(root.get("subdistrictCode"), code);
                                case DISTRICT -> where.equal(root.get("districtCode"), code);
                                // A province-level supervisor: its districts' codes all start with the province's.
                                case PROVINCE -> where.like(root.get("districtCode"), code + ".%");
                            }));
            // Only a finished change is DONE, so a stage before DONE implies IN_PROGRESS: saying so lets the
            // (region, status, stage, ...) index seek on stage as well.
            ChangeStatus implied =
                    status == null && stage != null && stage != Stage.DONE ? ChangeStatus.IN_PROGRESS : status;
            if (implied != null) {
                conditions.add(where.equal(root.get("status"), implied));
            }
            if (stage != null) {
                conditions.add(where.equal(root.get("stage"), stage));
            }
            if (householdId != null) {
                conditions.add(where.equal(root.get("householdId"), householdId));
            }
            if (type != null) {
                conditions.add(where.equal(root.get("type"), type));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }
}
