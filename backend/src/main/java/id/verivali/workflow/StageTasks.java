package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import id.verivali.changerequest.Stage;
import java.util.Map;

/** Which of the model's user tasks decides which stage, and which follows up an overdue one. */
final class StageTasks {

    /** The tasks where a level decides: their completion is the level's decision. */
    static final Map<String, Stage> DECIDING = Map.of(
            TASK_FIELD_CHECK, Stage.FIELD_CHECK,
            TASK_VILLAGE_DELIBERATION, Stage.VILLAGE_DELIBERATION,
            TASK_SUBDISTRICT_PLENARY, Stage.SUBDISTRICT_PLENARY,
            TASK_DISTRICT_VERIFICATION, Stage.DISTRICT_VERIFICATION,
            TASK_DISTRICT_APPROVAL, Stage.DISTRICT_APPROVAL,
            TASK_MINISTRY_DETERMINATION, Stage.MINISTRY_DETERMINATION);

    /** The follow-ups the level above gets when a stage's task is overdue, by the stage they follow up. */
    static final Map<String, Stage> FOLLOWING_UP = Map.of(
            TASK_FOLLOW_UP_FIELD_CHECK, Stage.FIELD_CHECK,
            TASK_FOLLOW_UP_VILLAGE_DELIBERATION, Stage.VILLAGE_DELIBERATION,
            TASK_FOLLOW_UP_PLENARY, Stage.SUBDISTRICT_PLENARY,
            TASK_FOLLOW_UP_DISTRICT_VERIFICATION, Stage.DISTRICT_VERIFICATION,
            TASK_FOLLOW_UP_DISTRICT_APPROVAL, Stage.DISTRICT_APPROVAL,
            TASK_FOLLOW_UP_MINISTRY_DETERMINATION, Stage.MINISTRY_DETERMINATION);

    private StageTasks() {}
}
