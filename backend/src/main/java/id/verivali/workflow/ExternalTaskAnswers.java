package id.verivali.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Checks every external task's answer before its process moves on, in every model: when a completed external task's
 * outgoing flow is taken, the answer must satisfy its topic's {@link TopicAnswer}, and a topic without one is refused.
 * Checking on the flow rather than on the task's end lets a withdrawal or a BPMN error leave the task without an answer.
 */
@Component
class ExternalTaskAnswers extends AbstractProcessEnginePlugin {

    private final Map<String, TopicAnswer> byTopic;

    ExternalTaskAnswers(List<TopicAnswer> answers) {
        this.byTopic = answers.stream().collect(Collectors.toMap(TopicAnswer::topic, Function.identity()));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        if (engine.getCustomPostBPMNParseListeners() == null) {
            engine.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        engine.getCustomPostBPMNParseListeners().add(new CheckOnLeaving());
    }

    /** Called when an external task of this topic is left through a flow. */
    ExecutionListener checkOf(String topic) {
        return execution -> {
            var answer = byTopic.get(topic);
            if (answer == null) {
                throw new ExternalTaskAnswerRefused(topic, "no answer to this topic is accepted");
            }
            answer.check(execution);
        };
    }

    /** Marks each model's external tasks with their topic, then puts the check on the flows that leave them. */
    private final class CheckOnLeaving extends AbstractBpmnParseListener {

        private static final String TOPIC = "verivali.externalTaskTopic";

        @Override
        public void parseServiceTask(Element serviceTask, ScopeImpl scope, ActivityImpl activity) {
            if ("external".equals(serviceTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "type"))) {
                activity.setProperty(TOPIC, serviceTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "topic"));
            }
        }

        /** The parser reads a scope's activities before its flows, so the source is marked by now. */
        @Override
        public void parseSequenceFlow(Element sequenceFlow, ScopeImpl scope, TransitionImpl transition) {
            if (transition.getSource().getProperty(TOPIC) instanceof String topic) {
                transition.addListener(ExecutionListener.EVENTNAME_TAKE, checkOf(topic));
            }
        }
    }
}
