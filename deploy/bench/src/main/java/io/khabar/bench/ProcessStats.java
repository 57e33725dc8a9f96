package io.khabar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.khabar.local.ServiceProcess;

/**
 * CPU time and memory of each part of the system on this machine: every service process, the embedded PostgreSQL
 * (the server on its data directory and its backends; those that exited meanwhile are not counted) and this process
 * (the embedded broker, the load generator and the pass-through baseline). Memory is the proportional set size
 * ({@code Pss} of {@code /proc/<pid>/smaps_rollup}: shared pages split between their users, so PostgreSQL's shared
 * buffers are counted once), or the resident set size where the kernel does not tell.
 */
final class ProcessStats {

    static final String POSTGRES = "postgres";
    static final String BENCH = "broker + load generator";

    /** One reading: CPU time so far and memory now, in bytes, by part. */
    record Reading(long nanos, Map<String, Duration> cpu, Map<String, Long> memory) {
    }

    private final List<ServiceProcess> services;
    private final String postgresData;

    /** {@code postgresData}: the embedded cluster's data directory, or null when PostgreSQL is external. */
    ProcessStats(List<ServiceProcess> services, Path postgresData) {
        this.services = List.copyOf(services);
        this.postgresData = postgresData == null ? null : postgresData.toString();
    }

    List<String> parts() {
        List<String> parts = new java.util.ArrayList<>(services.stream().map(ServiceProcess::name).toList());
        parts.add(POSTGRES);
        parts.add(BENCH);
        return parts;
    }

    Reading read() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        Map<String, Long> memory = new LinkedHashMap<>();
        for (ServiceProcess s : services) {
            ProcessHandle.of(s.pid()).ifPresentOrElse(p -> {
                cpu.put(s.name(), cpu(p));
                memory.put(s.name(), memory(p.pid()));
            }, () -> {
                cpu.put(s.name(), Duration.ZERO);
                memory.put(s.name(), 0L);
            });
        }
        List<ProcessHandle> postgres = postgresData == null ? List.of() : ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(postgresData)).orElse(false))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants())).distinct().toList();
        cpu.put(POSTGRES, postgres.stream().map(ProcessStats::cpu).reduce(Duration.ZERO, Duration::plus));
        memory.put(POSTGRES, postgres.stream().mapToLong(p -> memory(p.pid())).sum());
        cpu.put(BENCH, cpu(ProcessHandle.current()));
        memory.put(BENCH, memory(ProcessHandle.current().pid()));
        return new Reading(System.nanoTime(), cpu, memory);
    }

    /** Cores used by each part between two readings (CPU seconds per second). */
    static Map<String, Double> cores(Reading from, Reading to) {
        double seconds = Math.max(1e-9, (to.nanos() - from.nanos()) / 1e9);
        Map<String, Double> out = new LinkedHashMap<>();
        to.cpu().forEach((part, used) -> out.put(part,
                Math.max(0, used.minus(from.cpu().getOrDefault(part, Duration.ZERO)).toNanos()) / 1e9 / seconds));
        return out;
    }

    private static Duration cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Pss (or VmRSS) of a process in bytes; 0 when it is gone or unreadable. */
    static long memory(long pid) {
        for (String[] source : List.of(new String[] {"smaps_rollup", "Pss:"}, new String[] {"status", "VmRSS:"})) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), source[0]))) {
                    if (line.startsWith(source[1])) {
                        return Long.parseLong(line.substring(source[1].length()).replace("kB", "").strip()) * 1024;
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // try the next source
            }
        }
        return 0;
    }
}
