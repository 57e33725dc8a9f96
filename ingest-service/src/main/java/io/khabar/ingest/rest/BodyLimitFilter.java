package io.khabar.ingest.rest;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.khabar.ingest.config.IngestConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body whose declared length is over {@link IngestConfig#maxBodyBytes()} (for a batch,
 * {@link IngestConfig#maxBatchBytes()}) before any of it is read, with a
 * problem document; a body without a declared length is cut off by the HTTP layer at the same limit.
 */
public class BodyLimitFilter {

    @Inject
    // looked up per request: filters and mappers are created before runtime configuration exists
    Provider<IngestConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limitBody(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return Optional.empty();
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return Optional.of(Problem.response(Response.Status.BAD_REQUEST, "bad-content-length",
                    "Content-Length '" + declared + "' is not a number", "Content-Length"));
        }
        long max = request.getUriInfo().getPath().endsWith("/batch") ? config.get().maxBatchBytes()
                : config.get().maxBodyBytes();
        if (length > max) {
            return Optional.of(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                    "the body has " + length + " bytes; at most " + max + " are accepted", "body"));
        }
        return Optional.empty();
    }
}
