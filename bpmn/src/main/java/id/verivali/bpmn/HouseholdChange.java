package id.verivali.bpmn;

import java.time.ZoneId;

/**
 * The names that {@code household-change.bpmn}, {@code deadlines.dmn} and the Java code share, written once.
 *
 * <p>Region vocabulary follows the role names: a <em>subdistrict</em> is a kecamatan, a <em>district</em> is a
 * kabupaten/kota.
 */
public final class HouseholdChange {

    public static final String PROCESS_KEY = "householdChange";
    public static final String RESOURCE = "household-change.bpmn";
    public static final String DEADLINES_RESOURCE = "deadlines.dmn";
    public static final String DEADLINES_DECISION = "deadlines";

    /** The ministry's monthly cycle and its decree follow Jakarta time. */
    public static final ZoneId MINISTRY_TIME_ZONE = ZoneId.of("Asia/Jakarta");

    /** Submissions after this day of the month wait for the next cycle unless {@link #VAR_CYCLE_CUT_OFF_DAY} says. */
    public static final int DEFAULT_CYCLE_CUT_OFF_DAY = 15;

    // Checks
    public static final String START = "Start_ChangeProposed";
    public static final String TASK_NIK_AND_REGION_CHECK = "Task_NikAndRegionCheck";
    public static final String TASK_CIVIL_REGISTRY_CHECK = "Task_CivilRegistryCheck";
    public static final String TASK_DUPLICATE_CHECK = "Task_DuplicateCheck";
    public static final String GATEWAY_CHECKS_PASSED = "Gateway_ChecksPassed";
    public static final String END_REJECTED_BY_CHECKS = "End_RejectedByChecks";
    public static final String TOPIC_CIVIL_REGISTRY_CHECK = "civil-registry-check";
    public static final String BEAN_NIK_AND_REGION_CHECK = "nikAndRegionCheck";
    public static final String BEAN_DUPLICATE_CHECK = "duplicateCheck";

    // The levels; each user task sits in a stage sub-process with its reminder and escalation
    public static final String SUB_PROCESS_FIELD_CHECK = "SubProcess_FieldCheck";
    public static final String TASK_FIELD_CHECK = "Task_FieldCheck";
    public static final String TIMER_REMIND_FIELD_CHECK = "Timer_RemindFieldCheck";
    public static final String TIMER_ESCALATE_FIELD_CHECK = "Timer_EscalateFieldCheck";
    public static final String TASK_FOLLOW_UP_FIELD_CHECK = "Task_FollowUpFieldCheck";

    public static final String SUB_PROCESS_VILLAGE_DELIBERATION = "SubProcess_VillageDeliberation";
    public static final String TASK_VILLAGE_DELIBERATION = "Task_VillageDeliberation";
    public static final String TIMER_REMIND_VILLAGE_DELIBERATION = "Timer_RemindVillageDeliberation";
    public static final String TIMER_ESCALATE_VILLAGE_DELIBERATION = "Timer_EscalateVillageDeliberation";
    public static final String TASK_FOLLOW_UP_VILLAGE_DELIBERATION = "Task_FollowUpVillageDeliberation";

    public static final String SUB_PROCESS_SUBDISTRICT_PLENARY = "SubProcess_SubdistrictPlenary";
    public static final String TASK_SUBDISTRICT_PLENARY = "Task_SubdistrictPlenary";
    public static final String TIMER_REMIND_PLENARY = "Timer_RemindPlenary";
    public static final String TIMER_ESCALATE_PLENARY = "Timer_EscalatePlenary";
    public static final String TASK_FOLLOW_UP_PLENARY = "Task_FollowUpPlenary";

    public static final String SUB_PROCESS_DISTRICT_VERIFICATION = "SubProcess_DistrictVerification";
    public static final String TASK_DISTRICT_VERIFICATION = "Task_DistrictVerification";
    public static final String TIMER_REMIND_DISTRICT_VERIFICATION = "Timer_RemindDistrictVerification";
    public static final String TIMER_ESCALATE_DISTRICT_VERIFICATION = "Timer_EscalateDistrictVerification";
    public static final String TASK_FOLLOW_UP_DISTRICT_VERIFICATION = "Task_FollowUpDistrictVerification";

    public static final String SUB_PROCESS_DISTRICT_APPROVAL = "SubProcess_DistrictApproval";
    public static final String TASK_DISTRICT_APPROVAL = "Task_DistrictApproval";
    public static final String TIMER_REMIND_DISTRICT_APPROVAL = "Timer_RemindDistrictApproval";
    public static final String TIMER_ESCALATE_DISTRICT_APPROVAL = "Timer_EscalateDistrictApproval";
    public static final String TASK_FOLLOW_UP_DISTRICT_APPROVAL = "Task_FollowUpDistrictApproval";

    public static final String TASK_ASSIGN_CYCLE = "Task_AssignCycle";
    public static final String TIMER_WAIT_FOR_NEXT_CYCLE = "Timer_WaitForNextCycle";

    public static final String SUB_PROCESS_MINISTRY_DETERMINATION = "SubProcess_MinistryDetermination";
    public static final String TASK_MINISTRY_DETERMINATION = "Task_MinistryDetermination";
    public static final String TIMER_REMIND_MINISTRY_DETERMINATION = "Timer_RemindMinistryDetermination";
    public static final String TIMER_ESCALATE_MINISTRY_DETERMINATION = "Timer_EscalateMinistryDetermination";
    public static final String TASK_FOLLOW_UP_MINISTRY_DETERMINATION = "Task_FollowUpMinistryDetermination";

    // Endings
    public static final String TASK_APPLY_CHANGE = "Task_ApplyChange";
    public static final String BEAN_APPLY_CHANGE = "applyChange";
    public static final String END_APPROVED = "End_Approved";
    public static final String END_REJECTED = "End_Rejected";
    public static final String START_WITHDRAWAL = "Start_WithdrawalRequested";
    public static final String END_WITHDRAWN = "End_Withdrawn";
    public static final String MESSAGE_WITHDRAW = "withdrawChange";

    /** Process variables set when the change is proposed. */
    public static final String VAR_VILLAGE_CODE = "villageCode";

    public static final String VAR_SUBDISTRICT_CODE = "subdistrictCode";
    public static final String VAR_DISTRICT_CODE = "districtCode";
    public static final String VAR_CHANGE_TYPE = "changeType";
    public static final String VAR_CYCLE_CUT_OFF_DAY = "cycleCutOffDay";
    /** JSON text, so that any external-task client reads it: {@code [{"nik":..,"name":..,"birthDate":"1990-05-22"}]}. */
    public static final String VAR_PERSONS_TO_MATCH = "personsToMatch";

    /**
     * Set by the checks only when one fails: a failure code ends the change before any person spends time on it. A
     * change that passes has no such variable (a district round starts tens of thousands; each variable is three rows).
     */
    public static final String VAR_CHECK_FAILURE = "checkFailure";

    public static final String VAR_CIVIL_REGISTRY_RESULT = "civilRegistryResult";
    /** JSON text: the civil registry's answer per NIK, {@code {"6112046205900001":"MATCHED"}}. */
    public static final String VAR_CIVIL_REGISTRY_MATCHES = "civilRegistryMatches";

    /** Set by the duplicate check only when it finds any: their ids, comma-separated. */
    public static final String VAR_DUPLICATE_HOUSEHOLD_IDS = "duplicateHouseholdIds";

    /** Set when a person completes a level's task. */
    public static final String VAR_DECISION = "decision";

    public static final String VAR_DECISION_REASON = "decisionReason";
    public static final String VAR_DECISION_NOTE = "decisionNote";
    /** The ratification letter's number at the district, the decree's number at the ministry. */
    public static final String VAR_DECISION_REFERENCE = "decisionReference";
    /** The letter's or decree's date, ISO 8601 ({@code 2026-03-27}). */
    public static final String VAR_DECISION_REFERENCE_DATE = "decisionReferenceDate";

    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_REJECT = "REJECT";
    public static final String DECISION_RETURN = "RETURN";
    public static final String DECISION_DEFER = "DEFER";

    /** Kept by the model: true until the district approves. */
    public static final String VAR_WITHDRAWABLE = "withdrawable";

    /** Local to each stage sub-process, from {@code deadlines.dmn}. */
    public static final String VAR_DUE_DATE = "dueDate";

    public static final String VAR_REMIND_AT = "remindAt";
    public static final String VAR_OVERDUE = "overdue";

    /** The ministry cycle, like {@code 2026-03}, and when it opens and its decree is due. */
    public static final String VAR_MINISTRY_CYCLE = "ministryCycle";

    public static final String VAR_CYCLE_OPENS_AT = "cycleOpensAt";
    public static final String VAR_CYCLE_DECREE_DUE = "cycleDecreeDue";
    public static final String VAR_WAITS_FOR_NEXT_CYCLE = "waitsForNextCycle";

    /** Candidate group of a national role, or of a role at a region: {@code VILLAGE_HEAD:61.12.04.2002}. */
    public static String candidateGroup(String role, String regionCode) {
        return regionCode == null ? role : role + ":" + regionCode;
    }

    private HouseholdChange() {}
}
