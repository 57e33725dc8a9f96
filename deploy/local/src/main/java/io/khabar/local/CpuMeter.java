package io.khabar.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU used since its creation, in cores (CPU seconds per second), by a service process, by the embedded PostgreSQL
 * (the server started on its data directory, which detaches from this process, its live processes, and the processes
 * of it that exited meanwhile: parallel query workers, autovacuum workers, closed connections' backends), and by this
 * process (the embedded broker and the load generator).
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

    /**
     * The server's processes alive now, and those it has reaped: the kernel adds a child's time to its parent's
     * {@code cutime} and {@code cstime} when the parent waits for it, as PostgreSQL's postmaster does for every
     * backend and worker; before 2026-11-24 this column left them out.
     */
    private Duration postgres() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(postgresData)).orElse(false))
                .map(p -> reaped(p.pid()).plus(Stream.concat(Stream.of(p), p.descendants())
                        .map(d -> d.info().totalCpuDuration().orElse(Duration.ZERO))
                        .reduce(Duration.ZERO, Duration::plus)))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** {@code cutime + cstime} of {@code /proc/<pid>/stat}; zero where there is no such file (not Linux). */
    static Duration reaped(long pid) {
        try {
            return reapedFromStat(java.nio.file.Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (java.io.IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }

    /**
     * The children's time of one {@code /proc/<pid>/stat} line: fields 16 and 17, counted after the command name,
     * which is in parentheses and may itself hold spaces; in clock ticks of 1/100 s (Linux's {@code USER_HZ} on
     * every architecture it reports times for).
     */
    static Duration reapedFromStat(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state): cutime (16) and cstime (17) are f[13] and f[14]
        long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
        return Duration.ofMillis(ticks * 10);
    }
}
