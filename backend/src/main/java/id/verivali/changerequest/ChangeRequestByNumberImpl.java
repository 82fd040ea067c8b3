package id.verivali.changerequest;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a change request by its natural id. One engine transaction calls back for the same change several times (the
 * checks, the stage it enters, its task); after the first, Hibernate finds it in the transaction's persistence context
 * without another query, as a query by number would not.
 */
class ChangeRequestByNumberImpl implements ChangeRequestByNumber {

    private final EntityManager entities;

    ChangeRequestByNumberImpl(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    // Joins the caller's transaction; without one, keeps the session open for the look-up.
    @Transactional(readOnly = true)
    public Optional<ChangeRequest> findByNumber(String number) {
        return entities.unwrap(Session.class)
                .bySimpleNaturalId(ChangeRequest.class)
                .loadOptional(number);
    }
}
