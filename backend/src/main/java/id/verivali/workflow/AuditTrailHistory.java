package id.verivali.workflow;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/** Makes {@link AuditTrailHistoryLevel} known to the engine, which {@code camunda.bpm.history-level} then names. */
@Component
class AuditTrailHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        var levels = engine.getCustomHistoryLevels() == null
                ? new ArrayList<HistoryLevel>()
                : new ArrayList<>(engine.getCustomHistoryLevels());
        levels.add(new AuditTrailHistoryLevel());
        engine.setCustomHistoryLevels(levels);
    }
}
