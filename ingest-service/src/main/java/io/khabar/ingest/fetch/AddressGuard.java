package io.khabar.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import io.khabar.ingest.service.InvalidArticleException;

/**
 * Decides whether a URL may be fetched: http or https only, and a host that resolves to public addresses only,
 * unless configured otherwise. Checked again on every redirect.
 */
public final class AddressGuard {

    private final boolean allowPrivate;
    private final List<String> allowedHosts;

    public AddressGuard(boolean allowPrivate, List<String> allowedHosts) {
        this.allowPrivate = allowPrivate;
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** @throws InvalidArticleException naming {@code url} when the URL may not be fetched */
    public URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("url", "'url' is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidArticleException("url", "only http and https URLs are fetched, not '" + scheme + ":'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidArticleException("url", "'url' has no host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowPrivate || allowedHosts.contains(host)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new InvalidArticleException("url", "the host '" + host + "' cannot be resolved");
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw new InvalidArticleException("url", "'" + host + "' resolves to " + a.getHostAddress()
                        + ", a loopback, link-local or private address, which is not fetched unless "
                        + "khabar.ingest.fetch.allow-private-addresses or allowed-hosts says so");
            }
        }
        return uri;
    }

    /** Whether {@code a} is an ordinary public unicast address. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this" network
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc;
            boolean mappedV4 = isV4Mapped(b);
            return !uniqueLocal && !mappedV4;
        }
        return false;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
