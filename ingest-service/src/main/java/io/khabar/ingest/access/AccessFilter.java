package io.khabar.ingest.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.khabar.ingest.config.AccessConfig;
import io.khabar.ingest.rest.Problem;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/}) need a configured
 * {@code X-Api-Key}, compared in constant time; every key (or client address, when keys are not required) has a
 * token bucket (Bucket4j), and a request over it gets 429 with {@code Retry-After}.
 */
public class AccessFilter {

    /** The header that carries the key. */
    public static final String HEADER = "X-Api-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    Provider<AccessConfig> config;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile List<byte[]> keyDigests;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Optional<Response> check(ContainerRequestContext request, HttpServerRequest http) {
        if (!WRITES.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        AccessConfig access = config.get();
        String key = request.getHeaderString(HEADER);
        String caller;
        if (access.requireApiKey()) {
            if (key == null || key.isBlank()) {
                return Optional.of(unauthorized("this request needs an API key in the " + HEADER + " header"));
            }
            if (!known(key, access)) {
                return Optional.of(unauthorized("the API key in " + HEADER + " is not one this service accepts"));
            }
            caller = "key:" + digestHex(key);
        } else {
            caller = "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(caller, c -> bucket(access)).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            return Optional.of(Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "rate-limited",
                    "more than " + access.requestsPerSecond() + " requests a second; retry after " + seconds + " s",
                    null)).header("Retry-After", seconds).build());
        }
        return Optional.empty();
    }

    private boolean known(String candidate, AccessConfig access) {
        List<byte[]> digests = keyDigests;
        if (digests == null) {
            digests = access.apiKeys().orElse(List.of()).stream().filter(k -> !k.isBlank()).map(AccessFilter::digest)
                    .toList();
            keyDigests = digests;
        }
        byte[] d = digest(candidate);
        boolean match = false;
        for (byte[] known : digests) {
            // equal-length digests compared without an early exit: the time does not tell how much matched
            match |= MessageDigest.isEqual(known, d);
        }
        return match;
    }

    private static Bucket bucket(AccessConfig access) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(access.burst())
                .refillGreedy(access.requestsPerSecond(), Duration.ofSeconds(1)).build()).build();
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "unauthorized", detail, HEADER))
                .header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"").build();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digestHex(String key) {
        return java.util.HexFormat.of().formatHex(digest(key), 0, 8);
    }
}
