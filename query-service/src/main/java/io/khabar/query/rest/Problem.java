package io.khabar.query.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}).
 *
 * @param type   URI naming the kind of problem
 * @param title  short summary of the kind of problem
 * @param status HTTP status
 * @param detail what went wrong with this request
 * @param field  the parameter at fault, when there is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(int status, String title, String kind, String detail, String field) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("urn:khabar:problem:" + kind, title, status, detail, field)).build();
    }
}
