package id.verivali.bpmn;

import static id.verivali.bpmn.HouseholdChange.*;

import java.util.Set;

/** The six levels with a person's decision, in the order a change climbs them. */
enum Level {
    FIELD_CHECK(
            SUB_PROCESS_FIELD_CHECK,
            TASK_FIELD_CHECK,
            "VILLAGE_OPERATOR:" + Changes.VILLAGE,
            Set.of(DECISION_APPROVE, DECISION_REJECT),
            TIMER_REMIND_FIELD_CHECK,
            TIMER_ESCALATE_FIELD_CHECK,
            TASK_FOLLOW_UP_FIELD_CHECK,
            "SUBDISTRICT_HEAD:" + Changes.SUBDISTRICT),
    VILLAGE_DELIBERATION(
            SUB_PROCESS_VILLAGE_DELIBERATION,
            TASK_VILLAGE_DELIBERATION,
            "VILLAGE_HEAD:" + Changes.VILLAGE,
            Set.of(DECISION_APPROVE, DECISION_REJECT, DECISION_DEFER),
            TIMER_REMIND_VILLAGE_DELIBERATION,
            TIMER_ESCALATE_VILLAGE_DELIBERATION,
            TASK_FOLLOW_UP_VILLAGE_DELIBERATION,
            "SUBDISTRICT_HEAD:" + Changes.SUBDISTRICT),
    SUBDISTRICT_PLENARY(
            SUB_PROCESS_SUBDISTRICT_PLENARY,
            TASK_SUBDISTRICT_PLENARY,
            "SUBDISTRICT_HEAD:" + Changes.SUBDISTRICT,
            Set.of(DECISION_APPROVE, DECISION_REJECT, DECISION_RETURN),
            TIMER_REMIND_PLENARY,
            TIMER_ESCALATE_PLENARY,
            TASK_FOLLOW_UP_PLENARY,
            "DISTRICT_HEAD:" + Changes.DISTRICT),
    DISTRICT_VERIFICATION(
            SUB_PROCESS_DISTRICT_VERIFICATION,
            TASK_DISTRICT_VERIFICATION,
            "DISTRICT_OPERATOR:" + Changes.DISTRICT,
            Set.of(DECISION_APPROVE, DECISION_REJECT, DECISION_RETURN),
            TIMER_REMIND_DISTRICT_VERIFICATION,
            TIMER_ESCALATE_DISTRICT_VERIFICATION,
            TASK_FOLLOW_UP_DISTRICT_VERIFICATION,
            "SUPERVISOR"),
    DISTRICT_APPROVAL(
            SUB_PROCESS_DISTRICT_APPROVAL,
            TASK_DISTRICT_APPROVAL,
            "DISTRICT_HEAD:" + Changes.DISTRICT,
            Set.of(DECISION_APPROVE, DECISION_REJECT, DECISION_RETURN),
            TIMER_REMIND_DISTRICT_APPROVAL,
            TIMER_ESCALATE_DISTRICT_APPROVAL,
            TASK_FOLLOW_UP_DISTRICT_APPROVAL,
            "SUPERVISOR"),
    MINISTRY_DETERMINATION(
            SUB_PROCESS_MINISTRY_DETERMINATION,
            TASK_MINISTRY_DETERMINATION,
            "MINISTRY_OFFICER",
            Set.of(DECISION_APPROVE, DECISION_REJECT, DECISION_RETURN),
            TIMER_REMIND_MINISTRY_DETERMINATION,
            TIMER_ESCALATE_MINISTRY_DETERMINATION,
            TASK_FOLLOW_UP_MINISTRY_DETERMINATION,
            "SUPERVISOR");

    final String subProcess;
    final String task;
    final String candidateGroup;
    final Set<String> decisions;
    final String reminder;
    final String escalation;
    final String followUp;
    final String followUpGroup;

    Level(
            String subProcess,
            String task,
            String candidateGroup,
            Set<String> decisions,
            String reminder,
            String escalation,
            String followUp,
            String followUpGroup) {
        this.subProcess = subProcess;
        this.task = task;
        this.candidateGroup = candidateGroup;
        this.decisions = decisions;
        this.reminder = reminder;
        this.escalation = escalation;
        this.followUp = followUp;
        this.followUpGroup = followUpGroup;
    }

    /** Where a RETURN from this level sends the change. */
    Level returnsTo() {
        return switch (this) {
            case SUBDISTRICT_PLENARY -> FIELD_CHECK;
            case DISTRICT_VERIFICATION, DISTRICT_APPROVAL -> SUBDISTRICT_PLENARY;
            case MINISTRY_DETERMINATION -> DISTRICT_VERIFICATION;
            default -> throw new IllegalStateException(this + " cannot return a change");
        };
    }

    Level next() {
        return values()[ordinal() + 1];
    }
}
