package io.khabar.bench.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads a counter from a service's {@code /q/metrics} (Prometheus text). */
final class ServiceMetrics {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServiceMetrics() {
    }

    /**
     * The sum of counter {@code name} over its series whose labels contain {@code label} (every series when null);
     * -1 when the service does not answer right now.
     */
    static double sum(String baseUrl, String name, String label) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            double sum = 0;
            for (String line : r.body().split("\n")) {
                if (line.startsWith(name + "{") && (label == null || line.contains(label))) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum;
        } catch (Exception e) {
            return -1;
        }
    }
}
