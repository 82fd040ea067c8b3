package id.verivali.bpmn;

import java.time.Period;

/**
 * The names that {@code resident-submission.bpmn} and the Java code share: a resident's proposal (usul) or objection
 * (sanggah) waiting at the village operator's intake, keyed by its tracking code. The intake has a deadline, a
 * reminder and an escalation to the kecamatan like every level of {@link HouseholdChange}; an objection also lapses.
 */
public final class ResidentSubmission {

    public static final String PROCESS_KEY = "residentSubmission";
    public static final String RESOURCE = "resident-submission.bpmn";

    /** The stage name {@code deadlines.dmn} knows the intake by. */
    public static final String STAGE_INTAKE = "INTAKE";

    /** An objection not verified by then lapses: the ministry's app gives its responses fourteen days too. */
    public static final Period OBJECTION_LAPSES_AFTER = Period.ofDays(14);

    public static final String START = "Start_SubmissionReceived";
    public static final String GATEWAY_KIND = "Gateway_SubmissionKind";

    public static final String SUB_PROCESS_PROPOSAL_INTAKE = "SubProcess_ProposalIntake";
    public static final String TASK_PROPOSAL_INTAKE = "Task_ProposalIntake";
    public static final String TIMER_REMIND_PROPOSAL_INTAKE = "Timer_RemindProposalIntake";
    public static final String TIMER_ESCALATE_PROPOSAL_INTAKE = "Timer_EscalateProposalIntake";
    public static final String TASK_FOLLOW_UP_PROPOSAL_INTAKE = "Task_FollowUpProposalIntake";
    public static final String GATEWAY_PROPOSAL_DECISION = "Gateway_ProposalDecision";
    public static final String END_PROPOSAL_ACCEPTED = "End_ProposalAccepted";
    public static final String END_PROPOSAL_REJECTED = "End_ProposalRejected";

    public static final String SUB_PROCESS_OBJECTION_INTAKE = "SubProcess_ObjectionIntake";
    public static final String TASK_OBJECTION_INTAKE = "Task_ObjectionIntake";
    public static final String TIMER_REMIND_OBJECTION_INTAKE = "Timer_RemindObjectionIntake";
    public static final String TIMER_ESCALATE_OBJECTION_INTAKE = "Timer_EscalateObjectionIntake";
    public static final String TASK_FOLLOW_UP_OBJECTION_INTAKE = "Task_FollowUpObjectionIntake";
    public static final String TIMER_OBJECTION_LAPSES = "Timer_ObjectionLapses";
    public static final String GATEWAY_OBJECTION_DECISION = "Gateway_ObjectionDecision";
    public static final String END_OBJECTION_VERIFIED = "End_ObjectionVerified";
    public static final String END_OBJECTION_CLOSED = "End_ObjectionClosed";
    public static final String END_OBJECTION_LAPSED = "End_ObjectionLapsed";

    /** {@code PROPOSAL} or {@code OBJECTION}. */
    public static final String VAR_KIND = "kind";

    public static final String KIND_PROPOSAL = "PROPOSAL";
    public static final String KIND_OBJECTION = "OBJECTION";

    /** When an objection lapses, set when it is received. */
    public static final String VAR_LAPSE_AT = "lapseAt";

    /** The operator's answer: {@code ACCEPT} or {@code REJECT}. */
    public static final String VAR_INTAKE_DECISION = "intakeDecision";

    public static final String ACCEPT = "ACCEPT";
    public static final String REJECT = "REJECT";

    /** Why the operator rejected a proposal or closed an objection. */
    public static final String VAR_INTAKE_REASON = "intakeReason";

    /** The change an accepted submission started: the proposal's own, or the objected household's re-verification. */
    public static final String VAR_CHANGE_REQUEST_NUMBER = "changeRequestNumber";

    private ResidentSubmission() {}
}
