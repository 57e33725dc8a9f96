package io.khabar.query.mapping;

/** A record this service cannot store; its message is the reason written to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
