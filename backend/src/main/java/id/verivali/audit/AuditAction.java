package id.verivali.audit;

/**
 * What an audit event records. Each constant names its actor, subject ({@link AuditSubjects}), region and the keys
 * of its {@code details} JSON (written by the {@link AuditDetails} records; a key without a value is left out,
 * enumerated values are their names, dates ISO-8601). Readers such as the history timeline rely on these keys: add,
 * never rename or remove.
 */
public enum AuditAction {
    /**
     * Someone opened a household's details with full NIKs. Subject {@code household/<id>}, region its village, no
     * details.
     */
    HOUSEHOLD_READ,
    /**
     * A person signed in to a browser session (HTTP Basic requests are no sign-in). Actor and subject
     * {@code account/<username>}, region the account's; details {@code {role}}.
     */
    SIGNED_IN,
    /**
     * A sign-in by form or HTTP Basic was refused. Actor and subject {@code account/<name>}: the name the attempt
     * gave (cut to the columns' widths), whether or not such an account exists; no region; details {@code {reason}}:
     * {@code BAD_CREDENTIALS} (wrong password or unknown account), {@code DISABLED}, {@code LOCKED} (too many
     * failures, the account must wait) or {@code OTHER}. The password is never recorded.
     */
    SIGN_IN_FAILED,
    /**
     * A village operator proposed a household change. Subject {@code change_request/<id>}, region its village;
     * details {@code {number, type, removalReason, reason, note, householdId, memberId, payload}}, where
     * {@code payload} holds the proposed values as the change stores them: {@code household} (a new household),
     * {@code member} (a new member) or {@code update} (the changed fields of a household).
     */
    CHANGE_PROPOSED,
    /**
     * The proposer withdrew a change. Subject {@code change_request/<id>}, region its village; details
     * {@code {number, stage}}: the stage the change had reached.
     */
    CHANGE_WITHDRAWN,
    /**
     * A person decided a change's task at one level, from the inbox, in a deliberation or through Camunda's REST API.
     * Actor who decided; subject {@code change_request/<id>}, region its village; details
     * {@code {number, stage, decision, reason, note, reference, referenceDate}}, the reference being the ratification
     * letter's, the decree's or the minutes' number.
     */
    TASK_DECIDED,
    /**
     * A deliberation decided many changes at once (each decision is also a {@link #TASK_DECIDED}). Actor the chair;
     * subject {@code deliberation/<id>}, region the deliberation's (none for a ministry decree); details
     * {@code {level, heldOn, place, minutesNumber, minutesDocumentId, minutesSha256, attendees: [name],
     * decisions: [{changeRequestId, number, decision}]}}.
     */
    DELIBERATION_HELD,
    /**
     * An approved change was written into the registry by its process. Actor {@code system}; subject
     * {@code change_request/<id>}, region its village; details {@code {number, before, after}}: the household's
     * whole record before and after, {@code before} null for a new household. A record is {@code {id, kkNumber,
     * status, removalReason, address, rt, rw, villageCode, welfare: {houseOwnership, floorAreaM2, floorMaterial,
     * wallMaterial, roofMaterial, drinkingWater, lighting, sanitation, cookingFuel, monthlyExpenditure},
     * lastVerifiedAt, members: [{id, nik, name, birthDate, sex, relationship, civilRegistryStatus, status,
     * removalReason}]}}, removed members included and NIKs in full: the log is for auditors only.
     */
    CHANGE_APPLIED,
    /** Someone downloaded a report. */
    REPORT_EXPORTED,
    /** A district set or moved a kecamatan's target date. */
    TARGET_SET,
    /**
     * A district opened a verification round. Subject {@code round/<id>}, region the district; details {@code {name,
     * startsOn, households, subdistricts: [{code, targetDate, households}]}}. Each change the round starts is then
     * recorded as {@link #CHANGE_PROPOSED} by the round's opener.
     */
    ROUND_OPENED,
    /** A round's opener paused it. Details {@code {name, householdsDone, householdsTotal}}. */
    ROUND_PAUSED,
    /** A round's opener resumed it. Details {@code {name, householdsDone, householdsTotal}}. */
    ROUND_RESUMED,
    /**
     * A village operator recorded a field check's visit: from the field-check form, or with the other rows of an
     * imported field sheet. Actor the operator; subject {@code change_request/<id>}, region its village; details
     * {@code {number, taskId, visitId, finding, reason, visitedOn, enumerator, welfare, memberNiks: [{memberId, nik}],
     * photoDocumentId, photoSha256, latitude, longitude, importId, decided, typeBefore, typeAfter, removalReason}}:
     * the welfare indicators as in {@link #CHANGE_APPLIED}, the NIKs in full, and the change's type before and after
     * the finding (a household found gone makes it a removal). A decided visit is followed by its
     * {@link #TASK_DECIDED}.
     */
    FIELD_VISIT_RECORDED,
    /**
     * An administrator or integration sent Camunda's REST API ({@code /engine-rest}) or the web apps' API
     * ({@code /camunda/api}) a request that may change something (any method but GET, HEAD and OPTIONS), other than
     * the reads recorded as {@link #ENGINE_READ}. No subject and no region; details {@code {method, path, status}}:
     * the status of the answer. A fetch-and-lock through the web apps' API is one of these: its answer, which alone
     * tells what it locked, is not seen there.
     */
    ENGINE_OPERATION,
    /**
     * An account was created, or its holder changed the e-mails they receive. Subject {@code account/<username>},
     * region the account's. Created: actor who created it ({@code system} at start-up); details {@code {change:
     * CREATED, role, fullName}}. E-mails: actor the holder; details {@code {change: NOTIFICATIONS, email, reminders,
     * escalations}}, {@code email} left out when the holder removed their address.
     */
    ACCOUNT_CHANGED,
    /**
     * An administrator or integration read personal data through the engine, as {@link #HOUSEHOLD_READ} records it
     * through the registry: the process variables hold the NIKs, names and birth dates of the households a change
     * concerns ({@code personsToMatch}, the civil registry's matches, a new household's members). Recorded, once
     * answered successfully, under {@code /engine-rest}, {@code /engine-rest/engine/<name>} and Cockpit's
     * {@code /camunda/api/engine/engine/<name>}:
     *
     * <ul>
     *   <li>variables of any kind: {@code GET …/variables}, {@code …/localVariables} and {@code …/form-variables} of
     *       tasks, process instances, executions, case instances and executions and process definitions, with a
     *       variable's {@code …/data};
     *   <li>the variable queries and the history of values: {@code /variable-instance}, {@code /history/variable-instance}
     *       and {@code /history/detail}, by GET, with what lies under them, or by POST, as Cockpit queries them;
     *   <li>tasks asked for with their variables: {@code GET /task?withTaskVariablesInReturn=true} (or
     *       {@code withTaskLocalVariablesInReturn}), and a saved filter's {@code /filter/<id>/list} and
     *       {@code /singleResult}, which carry the variables the filter shows;
     *   <li>a fetch-and-lock ({@code POST /engine-rest/external-task/fetchAndLock}) that locked at least one task: it
     *       hands the worker the variables it asked for. An empty poll is not recorded: a worker polls all day.
     * </ul>
     *
     * Counts ({@code …/count}) and reads of what holds no personal data (definitions, deployments, tasks without
     * their variables, incidents, jobs, decisions on deadlines) are not recorded, nor a POST query of tasks that asks
     * for their variables in its body, which stays an {@link #ENGINE_OPERATION}. The values read are never recorded.
     * No subject and no region; details {@code {method, path, status}}, and for a fetch-and-lock also
     * {@code locked}: how many tasks it locked, and {@code topics}: their topics.
     */
    ENGINE_READ,
    /**
     * A resident, without an account, checked a status on the registry by NIK and name ({@code /api/public/status}).
     * Actor {@code resident@<client address>}; subject {@code household/<id>} when the NIK and name matched a person
     * of the village asked about, none otherwise; region the village asked about; details {@code {matched}}. The NIK
     * and name typed are not recorded.
     */
    PUBLIC_STATUS_CHECKED,
    /**
     * A resident, without an account, sent a proposal (usul) or an objection (sanggah). Actor
     * {@code resident@<client address>}; subject {@code resident_submission/<tracking code>}; region its village;
     * details {@code {kind}}, and for an objection {@code {objectionReason}}. Nobody's NIK or name is recorded.
     */
    RESIDENT_SUBMISSION_RECEIVED,
    /**
     * A resident followed a submission by tracking code and NIK. Actor {@code resident@<client address>}; subject the
     * submission when the code and NIK matched, none otherwise; details {@code {matched}}.
     */
    RESIDENT_SUBMISSION_TRACKED,
    /**
     * A village operator accepted a resident's submission: a proposal became a change, an objection started the
     * re-verification of the household it objects to. Subject the submission; region its village; details
     * {@code {kind, changeNumber, householdId}}.
     */
    INTAKE_ACCEPTED,
    /** A village operator rejected a proposal or closed an objection; details {@code {kind, reason}}. */
    INTAKE_REJECTED,
    /** A Camat followed up an intake left overdue; details {@code {kind, note}}. */
    INTAKE_FOLLOWED_UP,
    /** An objection lapsed, nobody having verified it in time. Actor {@code system}; details {@code {kind}}. */
    RESIDENT_SUBMISSION_LAPSED
}
