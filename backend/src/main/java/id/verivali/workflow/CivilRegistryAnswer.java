package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.household.CivilRegistryStatus;
import id.verivali.household.PersonToMatch;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The civil-registry check's answer: {@code civilRegistryResult}, the household's overall result, one of
 * {@code MATCHED}, {@code NOT_MATCHED}, {@code DECEASED} or {@code NIK_UNKNOWN}; and optionally
 * {@code civilRegistryMatches}, a JSON object from each NIK it matched (only NIKs the task handed over) to one of the
 * same four. Without a valid result the change would reach the field check with no civil-registry finding at all.
 */
@Component
class CivilRegistryAnswer implements TopicAnswer {

    static final List<String> RESULTS = Arrays.stream(CivilRegistryStatus.values())
            .filter(status -> status != CivilRegistryStatus.UNCHECKED)
            .map(Enum::name)
            .toList();

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final TypeReference<List<PersonToMatch>> PERSONS = new TypeReference<>() {};

    private final ObjectMapper json;

    CivilRegistryAnswer(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String topic() {
        return TOPIC_CIVIL_REGISTRY_CHECK;
    }

    @Override
    public void check(DelegateExecution execution) {
        var result = execution.getVariable(VAR_CIVIL_REGISTRY_RESULT);
        if (!(result instanceof String name) || !RESULTS.contains(name)) {
            throw refused(VAR_CIVIL_REGISTRY_RESULT + " must be one of " + String.join(", ", RESULTS));
        }
        var matches = execution.getVariableTyped(VAR_CIVIL_REGISTRY_MATCHES, false);
        if (matches == null || matches.getType() == ValueType.NULL) {
            return;
        }
        checkMatches(JsonVariables.text(matches), niksHandedOver(execution));
    }

    private void checkMatches(String text, Set<String> niks) {
        Map<String, Object> byNik;
        try {
            byNik = text == null ? null : json.readValue(text, OBJECT);
        } catch (IOException unreadable) {
            byNik = null;
        }
        if (byNik == null) {
            throw refused(VAR_CIVIL_REGISTRY_MATCHES + " must be a JSON object from NIK to result");
        }
        byNik.forEach((nik, status) -> {
            if (!niks.contains(nik)) {
                throw refused(VAR_CIVIL_REGISTRY_MATCHES + " names a NIK the task did not hand over");
            }
            if (!(status instanceof String name) || !RESULTS.contains(name)) {
                throw refused(VAR_CIVIL_REGISTRY_MATCHES + " gives a result that is not one of "
                        + String.join(", ", RESULTS));
            }
        });
    }

    private Set<String> niksHandedOver(DelegateExecution execution) {
        try {
            return json
                    .readValue(JsonVariables.text(execution.getVariableTyped(VAR_PERSONS_TO_MATCH, false)), PERSONS)
                    .stream()
                    .map(PersonToMatch::nik)
                    .collect(Collectors.toSet());
        } catch (IOException | IllegalArgumentException unreadable) {
            return Set.of();
        }
    }

    private ExternalTaskAnswerRefused refused(String problem) {
        return new ExternalTaskAnswerRefused(topic(), problem);
    }
}
