package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import id.verivali.changerequest.Decision;
import id.verivali.common.web.InvalidFieldException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minister's decree (Kepmensos) that decides a monthly cycle: every change of the cycle waiting at the ministry
 * is determined in one transaction, approved unless the decree says otherwise for it. All or nothing: one refused
 * decision leaves every change of the cycle where it was.
 */
@Service
public class MinistryDecree {

    /**
     * @param cycle the cycle decided, {@code 2026-03}
     * @param number the decree's number
     * @param exceptions by change request number, the changes the decree rejects or returns
     */
    public record Decree(String cycle, String number, LocalDate decreedOn, Map<String, Ruling> exceptions) {}

    public record Ruling(Decision decision, String reason) {}

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Tasks completions;

    MinistryDecree(TaskService tasks, RuntimeService runtime, Tasks completions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.completions = completions;
    }

    /** Decides the cycle as the given ministry officer; returns how many changes it decided. */
    @Transactional
    public int decide(Decree decree, String officer) {
        var waiting = tasks.createTaskQuery()
                .processDefinitionKey(PROCESS_KEY)
                .taskDefinitionKey(TASK_MINISTRY_DETERMINATION)
                .processVariableValueEquals(VAR_MINISTRY_CYCLE, decree.cycle())
                .list();
        var numbers = new HashMap<String, String>();
        if (!waiting.isEmpty()) {
            runtime.createProcessInstanceQuery()
                    .processInstanceIds(
                            waiting.stream().map(t -> t.getProcessInstanceId()).collect(Collectors.toSet()))
                    .list()
                    .forEach(instance -> numbers.put(instance.getId(), instance.getBusinessKey()));
        }
        var strangers = decree.exceptions().keySet().stream()
                .filter(number -> !numbers.containsValue(number))
                .sorted()
                .toList();
        if (!strangers.isEmpty()) {
            throw new InvalidFieldException(
                    "exceptions", "decree.notInCycle", String.join(", ", strangers), decree.cycle());
        }

        var decisions = new LinkedHashMap<String, TaskDecision>();
        for (var task : waiting) {
            var ruling = decree.exceptions().get(numbers.get(task.getProcessInstanceId()));
            decisions.put(
                    task.getId(),
                    ruling == null
                            ? new TaskDecision(Decision.APPROVE, null, null, decree.number(), decree.decreedOn())
                            : new TaskDecision(
                                    ruling.decision(), ruling.reason(), null, decree.number(), decree.decreedOn()));
        }
        completions.completeAll(decisions, officer);
        return waiting.size();
    }
}
