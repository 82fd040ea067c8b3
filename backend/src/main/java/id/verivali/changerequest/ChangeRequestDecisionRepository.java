package id.verivali.changerequest;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Decisions are appended and read, never updated or deleted: this repository offers nothing else. */
interface ChangeRequestDecisionRepository extends Repository<ChangeRequestDecision, Long> {

    ChangeRequestDecision save(ChangeRequestDecision decision);

    List<ChangeRequestDecision> findByChangeRequestIdOrderByDecidedAtAscIdAsc(Long changeRequestId);
}
