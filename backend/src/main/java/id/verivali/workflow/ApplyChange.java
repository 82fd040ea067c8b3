package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.BEAN_APPLY_CHANGE;

import id.verivali.changerequest.ApprovedChanges;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes a change the ministry determined into the registry; a repeated run (a retried job) changes nothing more. */
@Component(BEAN_APPLY_CHANGE)
class ApplyChange implements JavaDelegate {

    private final ApprovedChanges changes;

    ApplyChange(ApprovedChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.apply(execution.getProcessBusinessKey());
    }
}
