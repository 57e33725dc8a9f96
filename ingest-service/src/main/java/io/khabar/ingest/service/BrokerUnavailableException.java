package io.khabar.ingest.service;

/** The broker did not acknowledge an article in time: the article was not accepted and the client may retry. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
