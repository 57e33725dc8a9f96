package io.khabar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine a run was made on, as Linux tells it ({@code /proc}, {@code /etc/os-release}). */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", field(Path.of("/proc/cpuinfo"), "model name", ":"));
        m.put("memoryGiB", Math.round(kib(field(Path.of("/proc/meminfo"), "MemTotal", ":")) / 1024.0 / 1024.0));
        m.put("os", field(Path.of("/etc/os-release"), "PRETTY_NAME", "=").replace("\"", ""));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return m;
    }

    static String line() {
        Map<String, Object> m = describe();
        return m.get("cores") + " cores (" + m.get("cpu") + "), " + m.get("memoryGiB") + " GiB, " + m.get("os") + ", "
                + m.get("java");
    }

    private static String field(Path file, String name, String separator) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(name)) {
                    return line.substring(line.indexOf(separator) + 1).strip();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // not Linux, or not readable: unknown
        }
        return "unknown";
    }

    private static long kib(String value) {
        try {
            return Long.parseLong(value.replace("kB", "").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
