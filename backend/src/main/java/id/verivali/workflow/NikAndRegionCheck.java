package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.BEAN_NIK_AND_REGION_CHECK;
import static id.verivali.bpmn.HouseholdChange.VAR_CHECK_FAILURE;

import id.verivali.changerequest.AutomaticChecks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The first automatic check: the village exists where the change says, and proposed NIKs and KK are well formed. */
@Component(BEAN_NIK_AND_REGION_CHECK)
class NikAndRegionCheck implements JavaDelegate {

    private final AutomaticChecks changes;

    NikAndRegionCheck(AutomaticChecks changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.nikAndRegionFailure(execution.getProcessBusinessKey())
                .ifPresent(failure -> execution.setVariable(VAR_CHECK_FAILURE, failure));
    }
}
