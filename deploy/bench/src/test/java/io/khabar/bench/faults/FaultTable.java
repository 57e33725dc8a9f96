package io.khabar.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The fault suite's result: one row a case, as the markdown table the README shows. */
final class FaultTable {

    /** One case: what was sent and accepted, what ingest refused (by status), and what the database holds. */
    record Row(String name, String what, int sent, int accepted, Map<Integer, Integer> refused, int stored, int lost,
               int duplicated, int invented, String note) {

        Row withNote(String n) {
            return new Row(name, what, sent, accepted, refused, stored, lost, duplicated, invented, n);
        }
    }

    private FaultTable() {
    }

    static String markdown(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("| case | what happened | sent | accepted | refused (HTTP status × count) | stored | lost "
                + "| duplicated | invented | |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            lines.add("| " + String.join(" | ", r.name(), r.what(), Integer.toString(r.sent()),
                    Integer.toString(r.accepted()), refused(r.refused()), Integer.toString(r.stored()),
                    Integer.toString(r.lost()), Integer.toString(r.duplicated()), Integer.toString(r.invented()),
                    r.note()) + " |");
        }
        return String.join("\n", lines) + "\n";
    }

    private static String refused(Map<Integer, Integer> refused) {
        if (refused.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<>(refused).forEach((status, n) -> parts.add((status == 0 ? "no answer" : status) + " × " + n));
        return String.join(", ", parts);
    }

    static void write(List<Row> rows, Path file) throws IOException {
        String table = markdown(rows);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, table);
        System.out.println("Fault suite:\n" + table);
    }
}
