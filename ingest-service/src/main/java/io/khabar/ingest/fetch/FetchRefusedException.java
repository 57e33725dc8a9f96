package io.khabar.ingest.fetch;

/**
 * A page could not be ingested from its URL for a reason that lies with the page or its server, not with the
 * request: the status to answer is {@link #status()} (422 for a page that is not an article, 502/504 for a server
 * that failed or did not answer).
 */
public class FetchRefusedException extends RuntimeException {

    private final int status;

    public FetchRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
