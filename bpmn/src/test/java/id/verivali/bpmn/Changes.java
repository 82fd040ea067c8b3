package id.verivali.bpmn;

import static id.verivali.bpmn.HouseholdChange.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Drives household changes through the model as the application does, with the application's three delegates (NIK
 * and region check, duplicate check, apply) stood in by beans whose outcome each test chooses.
 */
final class Changes {

    static final String VILLAGE = "61.12.04.2002";
    static final String SUBDISTRICT = "61.12.04";
    static final String DISTRICT = "61.12";

    private static int numbers;

    /** How often the application's apply step ran. */
    final AtomicInteger applied = new AtomicInteger();

    private String checkFailure;
    private String duplicateFailure;
    private RuntimeException applyFailure;
    private String districtCode = DISTRICT;

    Changes() {
        Mocks.register(BEAN_NIK_AND_REGION_CHECK, (JavaDelegate)
                execution -> execution.setVariable(VAR_CHECK_FAILURE, checkFailure));
        Mocks.register(BEAN_DUPLICATE_CHECK, (JavaDelegate) execution -> {
            if (duplicateFailure != null && execution.getVariable(VAR_CHECK_FAILURE) == null) {
                execution.setVariable(VAR_CHECK_FAILURE, duplicateFailure);
            }
        });
        Mocks.register(BEAN_APPLY_CHANGE, (JavaDelegate) execution -> {
            if (applyFailure != null) {
                throw applyFailure;
            }
            applied.incrementAndGet();
        });
    }

    Changes failingNikAndRegionCheck(String failure) {
        checkFailure = failure;
        return this;
    }

    Changes findingDuplicates(String failure) {
        duplicateFailure = failure;
        return this;
    }

    Changes failingToApply(RuntimeException failure) {
        applyFailure = failure;
        return this;
    }

    Changes inDistrict(String code) {
        districtCode = code;
        return this;
    }

    /** A change as the application starts it: the checks wait for the job executor. */
    ProcessInstance propose() {
        var vars = new HashMap<String, Object>();
        vars.put(VAR_VILLAGE_CODE, VILLAGE);
        vars.put(VAR_SUBDISTRICT_CODE, SUBDISTRICT);
        vars.put(VAR_DISTRICT_CODE, districtCode);
        vars.put(VAR_CHANGE_TYPE, "REMOVE_HOUSEHOLD");
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "CR-6112-2026-%06d".formatted(++numbers), vars);
    }

    /** Runs the checks; the civil registry answers with the given result. */
    ProcessInstance check(ProcessInstance change, String civilRegistryResult) {
        execute(job(change));
        complete(externalTask(change), withVariables(VAR_CIVIL_REGISTRY_RESULT, civilRegistryResult));
        return change;
    }

    /** A change whose checks passed, waiting at the field check. */
    ProcessInstance proposeChecked() {
        return check(propose(), "MATCHED");
    }

    /** A checked change approved at every level below the given one, now waiting there. */
    ProcessInstance waitingAt(Level level) {
        var change = proposeChecked();
        for (var below = Level.FIELD_CHECK; below != level; below = below.next()) {
            decide(change, below, DECISION_APPROVE, null);
        }
        return change;
    }

    static void decide(ProcessInstance change, Level level, String decision, String reason) {
        var vars = new HashMap<String, Object>();
        vars.put(VAR_DECISION, decision);
        vars.put(VAR_DECISION_REASON, reason);
        vars.put(VAR_DECISION_REFERENCE, level == Level.DISTRICT_APPROVAL ? "400/117/DINSOS/2026" : null);
        complete(task(level.task, change), vars);
    }

    static void withdraw(ProcessInstance change) {
        runtimeService()
                .createMessageCorrelation(MESSAGE_WITHDRAW)
                .processInstanceBusinessKey(change.getBusinessKey())
                .processInstanceVariableEquals(VAR_WITHDRAWABLE, true)
                .correlate();
    }

    static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
