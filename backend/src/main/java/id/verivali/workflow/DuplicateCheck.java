package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.changerequest.AutomaticChecks;
import id.verivali.changerequest.ChangeBookkeeping;
import id.verivali.changerequest.CheckResults;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The last automatic check: the same person or family card on another active household. It also records what all
 * checks found on the change request, so the field check sees it.
 */
@Component(BEAN_DUPLICATE_CHECK)
class DuplicateCheck implements JavaDelegate {

    private static final TypeReference<Map<String, String>> MATCHES = new TypeReference<>() {};

    private final AutomaticChecks checks;
    private final ChangeBookkeeping bookkeeping;
    private final ObjectMapper json;

    DuplicateCheck(AutomaticChecks checks, ChangeBookkeeping bookkeeping, ObjectMapper json) {
        this.checks = checks;
        this.bookkeeping = bookkeeping;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        var number = execution.getProcessBusinessKey();
        var finding = checks.findDuplicates(number);
        var failure = (String) execution.getVariable(VAR_CHECK_FAILURE);
        if (failure == null && finding.failure() != null) {
            failure = finding.failure();
            execution.setVariable(VAR_CHECK_FAILURE, failure);
        }
        if (!finding.householdIds().isEmpty()) {
            execution.setVariable(
                    VAR_DUPLICATE_HOUSEHOLD_IDS,
                    finding.householdIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }

        var matches = (String) execution.getVariable(VAR_CIVIL_REGISTRY_MATCHES);
        bookkeeping.recordChecks(
                number,
                new CheckResults(
                        (String) execution.getVariable(VAR_CIVIL_REGISTRY_RESULT),
                        matches == null ? Map.of() : json.readValue(matches, MATCHES),
                        finding.householdIds(),
                        failure));
    }
}
