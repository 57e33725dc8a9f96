package io.khabar.enrich.eval;

import java.nio.file.Path;
import java.util.Locale;

import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.dates.DateEvaluation;
import io.khabar.enrich.entities.NameModelTrainer;
import io.khabar.enrich.pipeline.TextLayer;

/**
 * The evaluation command of the text layer:
 * <pre>
 * show &lt;file|dir&gt;                 the findings for each .txt file, as JSON
 * seeds &lt;dir&gt;                     per-stage figures on plain-text articles (languages, removed parts, credits, dates)
 * timing &lt;dir&gt; [rounds]            mean time of each stage on the .txt files, after warm-up
 * language &lt;peyma.txt|germeval.tsv&gt; [sentences]   language accuracy on gold sentences (10+ words)
 * dates &lt;peyma.txt&gt;               date precision/recall against BIO gold (tag DAT)
 * cleaning &lt;scrapinghub dir&gt;      main-text precision/recall against gold article bodies
 * entities &lt;peyma.txt|germeval.tsv&gt; [n]  entity P/R/F1 per type (PER, LOC, ORG), exact span and type
 * linking &lt;bsnlp dir&gt;             cross-lingual linking: same gold id ⇔ same canonical id
 * topics &lt;xglue dev.tsv|fars-news dir&gt;  topic accuracy against the source's categories, mapped to IPTC
 * events &lt;semeval.csv|bsnlp dir&gt; &lt;out.jsonl&gt;  the set's articles as articles.enriched values, for the story evaluation
 * train-entities &lt;gold file&gt; &lt;language&gt;.bin [iterations]  a name model from annotated sentences (PEYMA,
 *                                GermEval or CoNLL layout), for khabar.enrich.entities.models
 * </pre>
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
            System.exit(2);
        }
        Path target = Path.of(args[1]);
        if (!java.nio.file.Files.exists(target)) {
            System.err.println("no such file or folder: " + target.toAbsolutePath());
            System.exit(2);
        }
        if (args[0].equals("events")) { // enrich-service's own pipeline, which builds its text layer itself
            if (args.length < 3) {
                usage();
                System.exit(2);
            }
            EventsExport.run(StandaloneConfig.load(), target, Path.of(args[2]));
            return;
        }
        if (args[0].equals("train-entities")) {
            if (args.length < 3) {
                usage();
                System.exit(2);
            }
            TrainEntities.run(target, Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3])
                    : NameModelTrainer.DEFAULT_ITERATIONS);
            return;
        }
        long start = System.nanoTime();
        TextLayer layer = new TextLayer(StandaloneConfig.load());
        System.err.printf(Locale.ROOT, "text layer ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
        switch (args[0]) {
            case "show" -> Show.run(layer, target);
            case "seeds" -> SeedsReport.run(layer, target);
            case "timing" -> StageTiming.run(layer, target, args.length > 2 ? Integer.parseInt(args[2]) : 200);
            case "language" -> LanguageEvaluation.run(layer.language(), target,
                    args.length > 2 ? Integer.parseInt(args[2]) : 500);
            case "dates" -> System.out.println(DateEvaluation.evaluate(target));
            case "cleaning" -> CleaningEvaluation.run(layer.cleaning(), target);
            case "entities" -> EntityEvaluation.bio(layer, target, args.length > 2 ? Integer.parseInt(args[2])
                    : Integer.MAX_VALUE);
            case "linking" -> EntityEvaluation.linking(layer, target);
            case "topics" -> TopicEvaluation.run(layer, target);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: Evaluate show|seeds|timing|language|dates|cleaning|entities|linking|topics <path> [limit]\n"
                + "       Evaluate events <semeval.csv|bsnlp dir> <out.jsonl>\n"
                + "       Evaluate train-entities <peyma.txt|germeval.tsv|conll file> <language>.bin [iterations]");
    }
}
