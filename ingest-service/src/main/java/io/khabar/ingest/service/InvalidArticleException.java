package io.khabar.ingest.service;

/** The submitted article cannot be accepted; {@link #field()} names the offending field. */
public class InvalidArticleException extends RuntimeException {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
