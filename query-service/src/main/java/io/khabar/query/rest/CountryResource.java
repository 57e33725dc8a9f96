package io.khabar.query.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/v1/countries}: every country's ISO 3166-1 codes and its CLDR name in the language asked for, from
 * ICU4J. The map of the web page joins the country facet (alpha-2 codes) to the world geometry (numeric codes) by it.
 */
@Path("/api/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
public class CountryResource {

    /** A country: alpha-2 code, numeric code (three digits), name in the language asked for. */
    public record Country(String code, String numeric, String name) {
    }

    /** All countries, by code. */
    public record Countries(List<Country> items) {
    }

    @GET
    @Operation(summary = "Country codes and names", description = "Every territory of ISO 3166-1 with its alpha-2 and"
            + " numeric codes and its name in CLDR's language lang (default en).")
    @APIResponse(responseCode = "200", description = "The countries, by alpha-2 code")
    @APIResponse(responseCode = "400", description = "lang is not a language code, or a parameter is unknown")
    public Countries list(@Context UriInfo uri,
                          @Parameter(description = "ISO 639 code of the names' language", example = "fa")
                          @QueryParam("lang") String lang) {
        ListParameters.onlyKnown(uri, Set.of("lang"));
        ULocale in = new ULocale(ListParameters.lang(lang));
        return new Countries(Region.getAvailable(Region.RegionType.TERRITORY).stream()
                .filter(r -> r.getNumericCode() > 0 && r.toString().length() == 2)
                .map(r -> new Country(r.toString(), String.format("%03d", r.getNumericCode()),
                        new ULocale("", r.toString()).getDisplayCountry(in)))
                .sorted(Comparator.comparing(Country::code)).toList());
    }
}
