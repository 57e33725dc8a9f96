package io.khabar.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.khabar.ingest.config.FetchConfig;

/**
 * Fetches a page over http(s) within bounds: each hop checked by {@link AddressGuard}, redirects followed by hand
 * up to a limit, a connect and a total timeout, a size limit enforced while reading. Conditional requests
 * (ETag / Last-Modified) are supported for feeds.
 */
@ApplicationScoped
public class PageFetcher {

    /** A fetched response: final URL, status, headers of interest and the body (empty for 304). */
    public record Fetched(URI url, int status, String contentType, String etag, String lastModified, byte[] body) {

        public boolean notModified() {
            return status == 304;
        }
    }

    private final FetchConfig config;
    private final AddressGuard guard;
    private final HttpClient http;

    @Inject
    public PageFetcher(FetchConfig config) {
        this.config = config;
        this.guard = new AddressGuard(config.allowPrivateAddresses(), config.allowedHosts().orElse(List.of()));
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout()).build();
    }

    /** Fetches {@code url}; {@code etag}/{@code lastModified} (may be null) make the request conditional. */
    public Fetched fetch(String url, String etag, String lastModified) {
        URI target = guard.check(url);
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(config.timeout())
                    .header("User-Agent", config.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,*/*;q=0.5");
            Optional.ofNullable(etag).ifPresent(e -> request.header("If-None-Match", e));
            Optional.ofNullable(lastModified).ifPresent(l -> request.header("If-Modified-Since", l));
            HttpResponse<InputStream> response = send(request.GET().build(), target);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchRefusedException(502, target + " answered " + status + " without a Location");
                }
                target = guard.check(target.resolve(location.get()).toString());
                continue;
            }
            if (status == 304) {
                close(response);
                return new Fetched(target, status, null, etag, lastModified, new byte[0]);
            }
            if (status < 200 || status >= 300) {
                close(response);
                throw new FetchRefusedException(422, target + " answered HTTP " + status);
            }
            Map<String, List<String>> h = response.headers().map();
            return new Fetched(target, status, first(h, "content-type"), first(h, "etag"), first(h, "last-modified"),
                    read(response.body(), target));
        }
        throw new FetchRefusedException(422, url + " redirected more than " + config.maxRedirects() + " times");
    }

    private HttpResponse<InputStream> send(HttpRequest request, URI target) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new FetchRefusedException(502, "cannot connect to " + target.getHost() + ": " + e.getMessage());
        } catch (HttpTimeoutException e) {
            throw new FetchRefusedException(504, target + " did not answer within " + config.timeout().toSeconds() + " s");
        } catch (IOException e) {
            throw new FetchRefusedException(502, "fetching " + target + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchRefusedException(503, "interrupted while fetching " + target);
        }
    }

    private byte[] read(InputStream in, URI target) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                out.write(buf, 0, n);
                if (out.size() > config.maxBytes()) {
                    throw new FetchRefusedException(422, target + " is larger than " + config.maxBytes() + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchRefusedException(502, "reading " + target + " failed: " + e.getMessage());
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing was wanted from it
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
