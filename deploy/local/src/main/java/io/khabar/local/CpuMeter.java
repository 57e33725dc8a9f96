package io.khabar.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU used since its creation, in cores (CPU seconds per second), by a service process, by the embedded PostgreSQL
 * (the server started on its data directory, which detaches from this process, and its backends; backends and
 * autovacuum workers that exited meanwhile are not counted), and by this process (the embedded broker and the load
 * generator).
 */
final class CpuMeter {

    private final ServiceProcess service;
    private final String postgresData;
    private final long startNanos = System.nanoTime();
    private final Duration serviceStart;
    private final Duration postgresStart;
    private final Duration ownStart;

    CpuMeter(ServiceProcess service, Path postgresData) {
        this.service = service;
        this.postgresData = postgresData.toString();
        this.serviceStart = service.cpuTime();
        this.postgresStart = postgres();
        this.ownStart = own();
    }

    /** Cores used since creation: {@code query-service}, {@code postgres}, {@code broker + load generator}. */
    Map<String, Double> cores() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(service.name(), service.cpuTime().minus(serviceStart).toNanos() / 1e9 / seconds);
        out.put("postgres", Math.max(0, postgres().minus(postgresStart).toNanos()) / 1e9 / seconds);
        out.put("broker + load generator", own().minus(ownStart).toNanos() / 1e9 / seconds);
        return out;
    }

    private static Duration own() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private Duration postgres() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(postgresData)).orElse(false))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }
}
