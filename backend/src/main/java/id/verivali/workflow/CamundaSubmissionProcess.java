package id.verivali.workflow;

import static id.verivali.bpmn.ResidentSubmission.*;

import id.verivali.bpmn.HouseholdChange;
import id.verivali.region.RegionCodes;
import id.verivali.resident.SubmissionKind;
import id.verivali.resident.SubmissionProcess;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Runs each resident's submission as one instance of {@code resident-submission.bpmn}, keyed by its tracking code. */
@Component
class CamundaSubmissionProcess implements SubmissionProcess {

    private final RuntimeService runtime;
    private final Tasks tasks;

    CamundaSubmissionProcess(RuntimeService runtime, Tasks tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public String start(String trackingCode, SubmissionKind kind, String villageCode, Instant lapseAt) {
        String subdistrictCode = RegionCodes.parentOf(villageCode);
        var start = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(trackingCode)
                .setVariable(VAR_KIND, kind.name())
                .setVariable(HouseholdChange.VAR_VILLAGE_CODE, villageCode)
                .setVariable(HouseholdChange.VAR_SUBDISTRICT_CODE, subdistrictCode)
                .setVariable(HouseholdChange.VAR_DISTRICT_CODE, RegionCodes.parentOf(subdistrictCode));
        if (lapseAt != null) {
            start.setVariable(VAR_LAPSE_AT, Date.from(lapseAt));
        }
        return start.execute().getId();
    }

    @Override
    public void answer(String intakeTaskId, boolean accepted, String reason, String changeNumber, String username) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_INTAKE_DECISION, accepted ? ACCEPT : REJECT);
        variables.put(VAR_INTAKE_REASON, reason);
        variables.put(VAR_CHANGE_REQUEST_NUMBER, changeNumber);
        tasks.complete(intakeTaskId, variables, username);
    }

    @Override
    public void followUp(String followUpTaskId, String username) {
        tasks.complete(followUpTaskId, Map.of(), username);
    }
}
