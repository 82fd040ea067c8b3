package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import id.verivali.changerequest.ChangeNotWithdrawableException;
import id.verivali.changerequest.ChangeProcess;
import id.verivali.changerequest.ProcessStart;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Runs each change request as one instance of {@code household-change.bpmn}, keyed by its number. */
@Component
class CamundaChangeProcess implements ChangeProcess {

    private final RuntimeService runtime;
    private final WorkflowProperties properties;

    CamundaChangeProcess(RuntimeService runtime, WorkflowProperties properties) {
        this.runtime = runtime;
        this.properties = properties;
    }

    @Override
    public String start(ProcessStart start) {
        return runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(start.number())
                .setVariable(VAR_CHANGE_TYPE, start.type().name())
                .setVariable(VAR_VILLAGE_CODE, start.villageCode())
                .setVariable(VAR_SUBDISTRICT_CODE, start.subdistrictCode())
                .setVariable(VAR_DISTRICT_CODE, start.districtCode())
                // A JSON variable is kept as bytes: a large household never meets a string variable's 4,000 characters.
                .setVariable(
                        VAR_PERSONS_TO_MATCH,
                        SpinValues.jsonValue(start.personsToMatch()).create())
                .setVariable(VAR_CYCLE_CUT_OFF_DAY, properties.cycleCutOffDay())
                .execute()
                .getId();
    }

    @Override
    public void withdraw(String processInstanceId) {
        try {
            // The model keeps 'withdrawable' true until the district approves.
            runtime.createMessageCorrelation(MESSAGE_WITHDRAW)
                    .processInstanceId(processInstanceId)
                    .processInstanceVariableEquals(VAR_WITHDRAWABLE, true)
                    .correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            var instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .singleResult();
            throw new ChangeNotWithdrawableException(instance == null ? processInstanceId : instance.getBusinessKey());
        }
    }
}
