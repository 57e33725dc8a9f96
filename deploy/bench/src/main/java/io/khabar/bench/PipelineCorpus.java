package io.khabar.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khabar.local.CorpusTexts.Text;
import io.khabar.local.Outlets;

/**
 * The articles the benchmark posts, as ingest's JSON: made from real texts ({@code CorpusTexts}: the seeds, and the
 * public news corpora when {@code ../shared/data} is next to the checkout), so that duplicates and stories stay
 * realistic. Article {@code i} is the same in every run (its own seeded random) and is made when it is sent:
 * <ul>
 * <li>most are <b>reports</b>: a real text with some paragraphs dropped and sometimes one of another text of its
 * language added, from one of its script's outlets, published within four days of the text's own day (the reports
 * of one text are one event's reports);</li>
 * <li>{@value #COPY_PERCENT}% are <b>republished copies</b> of an earlier report: the same paragraphs inside another
 * site's chrome (menu, share line, "related" links), under another URL (stored, and marked near-copies);</li>
 * <li>{@value #REPOST_PERCENT}% are <b>re-posts</b> of an earlier article, byte for byte (ingest answers
 * "duplicate": nothing new to store).</li>
 * </ul>
 */
final class PipelineCorpus {

    static final int COPY_PERCENT = 8;
    static final int REPOST_PERCENT = 2;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final int DAYS = 730;
    private static final Map<String, List<String>> CHROME = Map.of(
            "fa", List.of("صفحه اصلی | سیاسی | اقتصادی | بین‌الملل | ورزشی", "اشتراک‌گذاری: تلگرام | واتساپ | چاپ",
                    "مطالب مرتبط", "کلیه حقوق این سایت محفوظ است."),
            "de", List.of("Startseite | Politik | Wirtschaft | Sport", "Teilen: Facebook | X | E-Mail | Drucken",
                    "Mehr zum Thema", "Alle Rechte vorbehalten."),
            "ru", List.of("Главная | Политика | Экономика | Спорт", "Поделиться: Telegram | ВКонтакте | Печать",
                    "Читайте также", "Все права защищены."),
            "en", List.of("Home | Politics | Business | Sport", "Share: Facebook | X | Email | Print",
                    "Related stories", "All rights reserved."));

    /** One article: its position, JSON body (one NDJSON line), language, and whether ingest will call it a repeat. */
    record Article(int index, String json, String language, boolean repost) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final List<Text> texts;
    private final Map<String, List<String>> outlets;
    private final long seed;

    /** {@code outletLines}: enrich-service's {@code khabar/outlets.txt}, so that the sources are ones it knows. */
    PipelineCorpus(List<Text> texts, List<String> outletLines, long seed) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to make a corpus of");
        }
        this.texts = texts;
        this.outlets = Outlets.byScript(outletLines, 20);
        this.seed = seed;
    }

    int textCount() {
        return texts.size();
    }

    /** Article {@code i} (0-based). */
    Article get(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        int kind = r.nextInt(100);
        if (i >= 100 && kind < REPOST_PERCENT) {
            Article earlier = get(earlier(i, r));
            return new Article(i, earlier.json(), earlier.language(), true);
        }
        if (i >= 100 && kind < REPOST_PERCENT + COPY_PERCENT) {
            int j = i;
            Report original = null;
            while (original == null) { // a copy of a copy is a copy of the report behind it
                j = earlier(j, r);
                original = report(j);
            }
            return copy(i, original, r);
        }
        return write(i, report(i));
    }

    private static int earlier(int i, Random r) {
        return i - 1 - r.nextInt(Math.min(i, 500));
    }

    /** What a report says, before it is written out; null when {@code i} is not a report of its own. */
    private record Report(int index, Text text, String title, List<String> paragraphs, String source,
                          Instant published) {
    }

    private Report report(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        int kind = r.nextInt(100);
        if (i >= 100 && kind < REPOST_PERCENT + COPY_PERCENT) {
            return null; // a copy or re-post: not a report of its own
        }
        int t = r.nextInt(texts.size());
        Text text = texts.get(t);
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.paragraphs()) {
            if (paragraphs.isEmpty() || r.nextInt(100) < 85) {
                paragraphs.add(p);
            }
        }
        if (r.nextInt(100) < 30) {
            Text other = texts.get(r.nextInt(texts.size()));
            if (other.language().equals(text.language()) && other != text) {
                paragraphs.add(other.paragraphs().get(r.nextInt(other.paragraphs().size())));
            }
        }
        // the reports of one text are one event: its day is the text's own, plus up to four days
        Instant day = START.plus(Duration.ofDays(new Random(seed + t).nextInt(DAYS)));
        Instant published = day.plus(Duration.ofMinutes(r.nextInt(4 * 24 * 60)));
        return new Report(i, text, text.title(), paragraphs, outlet(text.language(), r), published);
    }

    private Article copy(int i, Report original, Random r) {
        List<String> chrome = CHROME.getOrDefault(original.text().language(), CHROME.get("en"));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(chrome.get(0));
        paragraphs.addAll(original.paragraphs());
        paragraphs.add(chrome.get(1));
        paragraphs.add(chrome.get(2));
        paragraphs.add(chrome.get(3));
        Report copy = new Report(i, original.text(), original.title(), paragraphs,
                outlet(original.text().language(), r), original.published().plus(Duration.ofMinutes(5 + r.nextInt(600))));
        return write(i, copy);
    }

    private Article write(int i, Report report) {
        ObjectNode a = json.createObjectNode();
        a.put("title", report.title());
        a.put("text", String.join("\n\n", report.paragraphs()));
        a.put("source", report.source());
        a.put("url", "https://" + host(report.source()) + "/news/" + seed + "-" + i);
        a.put("publishedAt", report.published().toString());
        return new Article(i, a.toString(), report.text().language(), false);
    }

    private String outlet(String language, Random r) {
        List<String> names = outlets.get(Outlets.script(language));
        return names.get(r.nextInt(names.size()));
    }

    private static String host(String outlet) {
        String ascii = outlet.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return (ascii.isEmpty() ? "outlet" + Integer.toHexString(outlet.hashCode()) : ascii) + ".example";
    }
}
