package id.verivali.inbox;

import id.verivali.common.tally.VillageMarks;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Marks the villages whose open-work counts a transaction changes ({@link OpenWorkTally}): a work item opened, closed
 * or deleted, or one whose stage, due date or escalation changed. Claiming one changes no count.
 */
@Component
class OpenWorkMarks extends VillageMarks {

    static final String MARKS = "open_work_tally_mark";

    OpenWorkMarks(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory, "work_item");
    }

    @Override
    protected void written(Write write) {
        if (write.changed("state", "stage", "due_date", "escalated_at", "follow_up", "village_code")) {
            write.mark(MARKS, (String) write.value("village_code"));
            write.mark(MARKS, (String) write.oldValue("village_code"));
        }
    }
}
