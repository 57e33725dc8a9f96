package io.khabar.query.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failed request is answered with an RFC 9457 problem. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        return Problem.response(400, "Bad Request", "bad-parameter", e.getMessage(), e.parameter());
    }

    @ServerExceptionMapper
    public Response overloaded(ReadAdmission.OverloadedException e) {
        return Response.fromResponse(Problem.response(503, "Service Unavailable", "overloaded", e.getMessage(), null))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response r = e.getResponse();
        String kind = r.getStatus() == 404 ? "not-found" : "http-" + r.getStatus();
        return Problem.response(r.getStatus(), r.getStatusInfo().getReasonPhrase(), kind, e.getMessage(), null);
    }
}
