package id.verivali.changerequest;

import id.verivali.common.web.InvalidFieldException;

/**
 * A decision the stage does not allow or that lacks what it needs (a reason, a letter or decree number). Nothing is
 * recorded; answers 400 naming the field ({@code decision}, {@code reason}, {@code reference}).
 */
public class InvalidDecisionException extends InvalidFieldException {

    public InvalidDecisionException(String field, String messageCode, Object... messageArguments) {
        super(field, messageCode, messageArguments);
    }
}
