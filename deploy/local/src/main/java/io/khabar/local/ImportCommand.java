package io.khabar.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar import <dir|file>}: stream a folder of articles into ingest-service with progress and a summary. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports .txt, .html, .json and .ndjson articles from a file or folder (recursively) into "
                + "ingest-service, with a progress bar, and prints what happened to them.")
public class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<dir|file>", description = "What to import.")
    Path path;

    @Option(names = "--ingest-url", defaultValue = "${env:KHABAR_INGEST_URL:-http://localhost:8081}",
            description = "ingest-service's address (default: ${DEFAULT-VALUE}).")
    String ingestUrl;

    @Option(names = "--api-key", defaultValue = "${env:KHABAR_API_KEY}", description = "X-Api-Key to send.")
    String apiKey;

    @Option(names = "--source", description = "Outlet to record for every article (default: the file's path).")
    String source;

    @Option(names = "--parallel", defaultValue = "4", description = "Files sent at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(path)) {
            System.err.println("khabar import: " + path + " does not exist");
            return 2;
        }
        List<Path> files = ArticleImporter.files(path);
        ArticleImporter importer = new ArticleImporter(ingestUrl, Optional.ofNullable(apiKey), parallel);
        ArticleImporter.Summary summary;
        try (ProgressBar bar = progressBar(files.size())) {
            summary = importer.run(path, files, source, f -> bar.step());
        }
        print(summary);
        return summary.rejectedCount() == 0 ? 0 : 1;
    }

    /** A bar with rate and ETA on a terminal; plain progress lines otherwise (logs, CI). */
    static ProgressBar progressBar(int files) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(files)
                .setUnit(" files", 1).showSpeed().setStyle(ProgressBarStyle.ASCII);
        if (System.console() == null) {
            builder.setConsumer(new DelegatingProgressBarConsumer(line -> System.out.println(line.strip())))
                    .setUpdateIntervalMillis(5000);
        }
        return builder.build();
    }

    static void print(ArticleImporter.Summary s) {
        System.out.printf("Imported %d files: %d articles ingested, %d duplicates, %d rejected%n", s.files(),
                s.ingested(), s.duplicates(), s.rejectedCount());
        for (Map.Entry<String, Integer> r : s.rejected().entrySet()) {
            System.out.printf("  rejected %d x: %s%n", r.getValue(), r.getKey());
        }
    }
}
