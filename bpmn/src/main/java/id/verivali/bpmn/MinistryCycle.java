package id.verivali.bpmn;

import static id.verivali.bpmn.HouseholdChange.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Puts a change that the district approved into the ministry's current or next monthly cycle. */
public class MinistryCycle implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var cutOffDay = (Integer) execution.getVariable(VAR_CYCLE_CUT_OFF_DAY);
        var now = ClockUtil.getCurrentTime().toInstant();
        var cycle = MonthlyCycle.joinedAt(now, cutOffDay == null ? DEFAULT_CYCLE_CUT_OFF_DAY : cutOffDay);
        execution.setVariable(VAR_MINISTRY_CYCLE, cycle.month().toString());
        execution.setVariable(VAR_CYCLE_OPENS_AT, Date.from(cycle.opensAt()));
        execution.setVariable(VAR_CYCLE_DECREE_DUE, Date.from(cycle.decreeDue()));
        execution.setVariable(VAR_WAITS_FOR_NEXT_CYCLE, cycle.opensAfter(now));
    }
}
