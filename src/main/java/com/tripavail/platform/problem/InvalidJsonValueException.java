package com.tripavail.platform.problem;

import jakarta.json.bind.JsonbException;

/**
 * A JSON value the binding refused on purpose (a number that is not an exact integer in range of
 * its field, a string with U+0000). Its message is written for the client; JSON-B wraps it in
 * exceptions naming the property path, which the classifier turns into a field error.
 */
public class InvalidJsonValueException extends JsonbException {
    public InvalidJsonValueException(String clientMessage) {
        super(clientMessage);
    }
}
