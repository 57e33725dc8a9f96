package io.khabar.ingest.rest;

import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.khabar.ingest.config.IngestConfig;
import io.khabar.ingest.fetch.FetchRefusedException;
import io.khabar.ingest.service.BrokerUnavailableException;
import io.khabar.ingest.service.InvalidArticleException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into an RFC 9457 problem; bad input is a 4xx, never a 5xx. */
public class ProblemMappers {

    @Inject
    // looked up per request: filters and mappers are created before runtime configuration exists
    Provider<IngestConfig> config;

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "invalid-article", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        // more specific than Quarkus's own mapper for this type, which answers with an empty body
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        e = deepest(e);
        String field = null;
        String detail;
        if (e instanceof UnrecognizedPropertyException u) {
            field = u.getPropertyName();
            detail = "unknown field '" + field + "'; known fields are " + u.getKnownPropertyIds();
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = "field '" + field + "' has a value of the wrong form: " + e.getOriginalMessage();
        } else {
            detail = "the body is not valid JSON: " + e.getOriginalMessage();
        }
        return Problem.response(Response.Status.BAD_REQUEST, "malformed-json", detail, field);
    }

    /** Quarkus wraps Jackson's specific exception in a generic one; the specific one names the field. */
    private static JsonProcessingException deepest(JsonProcessingException e) {
        JsonProcessingException deepest = e;
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof JsonProcessingException j) {
                deepest = j;
            }
        }
        return deepest;
    }

    @ServerExceptionMapper
    public Response fetchRefused(FetchRefusedException e) {
        String kind = e.status() == 422 ? "page-not-ingestible" : "page-unreachable";
        Response.Status status = Response.Status.fromStatusCode(e.status());
        String title = status != null ? status.getReasonPhrase() : e.status() == 422 ? "Unprocessable Content" : "Error";
        return Problem.response(e.status(), title, kind, e.getMessage(), "url");
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        Response problem = Problem.response(Response.Status.SERVICE_UNAVAILABLE, "broker-unavailable",
                "the article was not accepted: " + e.getMessage() + "; retry later", null);
        return Response.fromResponse(problem).header("Retry-After", config.get().retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException json) {
                return unreadableJson(json);
            }
        }
        Response r = e.getResponse();
        String kind = switch (r.getStatus()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + r.getStatus();
        };
        return Problem.response(r.getStatus(), r.getStatusInfo().getReasonPhrase(), kind, e.getMessage(), null);
    }
}
