package id.verivali.workflow;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Reads a variable that holds JSON, whether it is a JSON variable or (in changes started earlier) plain text. */
final class JsonVariables {

    /** The JSON text, or null when the variable is absent or holds neither JSON nor text. */
    static String text(TypedValue value) {
        if (value instanceof SerializableValue json && json.getSerializationDataFormat() != null) {
            return json.getValueSerialized();
        }
        return value != null && value.getValue() instanceof String text ? text : null;
    }

    private JsonVariables() {}
}
