package io.khabar.query.rest;

/** A query parameter with a value this API does not accept; {@link #parameter()} names it. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
