package id.verivali.common.web;

/**
 * One input a service refused for a rule that Bean Validation cannot express (it depends on stored data or on another
 * field). Answers 400 like a constraint violation, naming the field in {@code errors: [{field, message}]}.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient Object[] messageArguments;

    /**
     * @param field the input's name as the caller sent it, e.g. {@code reason} or {@code household.members[0]}
     * @param messageCode the key of the message in {@code messages.properties}
     */
    public InvalidFieldException(String field, String messageCode, Object... messageArguments) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
        this.messageArguments = messageArguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
