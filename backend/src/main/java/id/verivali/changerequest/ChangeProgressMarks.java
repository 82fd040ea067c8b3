package id.verivali.changerequest;

import id.verivali.common.tally.VillageMarks;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Marks the villages whose progress counts a transaction changes ({@link ChangeProgressTally}): a change proposed,
 * ended or deleted. A change moving from stage to stage changes no count.
 */
@Component
class ChangeProgressMarks extends VillageMarks {

    static final String MARKS = "change_progress_tally_mark";

    ChangeProgressMarks(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory, "change_request");
    }

    @Override
    protected void written(Write write) {
        if (write.changed("status", "finished_at", "proposed_at", "village_code")) {
            write.mark(MARKS, (String) write.value("village_code"));
            write.mark(MARKS, (String) write.oldValue("village_code"));
        }
    }
}
