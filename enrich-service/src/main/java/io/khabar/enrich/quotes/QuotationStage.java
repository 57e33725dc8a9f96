package io.khabar.enrich.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.Paragraph;
import io.khabar.enrich.entities.Entity;
import io.khabar.enrich.entities.EntityResult;
import io.khabar.enrich.entities.EntityStage;
import io.khabar.enrich.entities.KnowledgeBase;
import io.khabar.enrich.entities.Positions;
import io.khabar.enrich.entities.Mention;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;

/**
 * Direct and reported speech with its speaker. The cues are the speech verbs of each language's press («گفت:»,
 * «اظهار داشت:», «sagte», "said", «заявил», «قال») and quotation marks („…“, "…", «…»); the speaker is the person
 * named before the cue in the same paragraph, or after a closing quotation mark («…“, sagte Ashtiani»), or — for a
 * pronoun or a role («وی», «er», "he", «وزیر دفاع») — the person last named before it. Quotation patterns are
 * conventions of news writing that no library encodes for Persian; they are listed here.
 */
public final class QuotationStage implements EnrichmentStage<List<Quotation>> {

    public static final String NAME = "quotations";

    private final KnowledgeBase base;

    public QuotationStage(KnowledgeBase base) {
        this.base = base;
    }

    /** A speech verb followed by a colon: what follows, to the end of the paragraph, is direct speech. */
    private static final Pattern COLON_SPEECH = Pattern.compile("(?<![\\p{L}])(گفت|اظهار\\s*داشت|اظهار\\s*کرد|تصریح\\s*کرد|افزود"
            + "|بیان\\s*کرد|ادامه\\s*داد|تاکید\\s*کرد|تأکید\\s*کرد|خاطرنشان\\s*کرد|یادآور\\s*شد|قال|أضاف|أكد|وأضاف|وقال"
            + "|заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|sagte|erklärte|betonte|said|stated|added)\\s*:\\s*");
    /** Arabic puts the verb first: «وقال محمد رضا آشتياني: …». */
    private static final Pattern VERB_FIRST = Pattern.compile("(?<![\\p{L}])(وقال|قال|وأضاف|أضاف|وأكد|أكد)\\s+"
            + "([^:\\n]{2,60}?)\\s*:\\s*");
    /** A speech verb followed by a complementiser: reported speech. */
    private static final Pattern REPORTED = Pattern.compile("(?iu)\\b(sagte|erklärte|betonte|fügte\\s+hinzu|said|told"
            + "\\s+\\p{L}+|stated|added|заявил[аи]?|сказал[аи]?|отметил[аи]?)\\s*,?\\s+(dass|that|что)\\s+");
    /** Quoted text of some length in the quotation marks of the languages read. */
    private static final Pattern QUOTED = Pattern.compile("(„[^“”\\n]{15,}[“”]|“[^”\\n]{15,}”|«[^»\\n]{15,}»"
            + "|(?<![\\p{L}\\p{N}])\"(?=\\S)[^\"\\n]{15,}(?<=\\S)\"(?![\\p{L}\\p{N}]))");
    /** Words that make the person after them a companion, not the speaker: «با», «mit», "with", «с», «مع». */
    private static final Pattern COMPANION = Pattern.compile("(?<![\\p{L}])(با|همراه|mit|with|с|со|مع|بين|بین)"
            + "(?![\\p{L}])[^\\p{L}]*(\\p{L}+[^\\p{L}]+){0,2}$");

    /** What {@link #REPORTED} cannot match without. */
    private static final List<String> REPORTED_HINTS = List.of("dass", "that", "что");

    /** After a closing quotation mark: «“, sagte er», «" said Khrenin». */
    private static final Pattern AFTER_QUOTE = Pattern.compile("^\\s*[,.]?\\s*(sagte|erklärte|betonte|said|says|added"
            + "|заявил[аи]?|сказал[аи]?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canRun(ArticleText article) {
        return article.result(EntityStage.NAME, EntityResult.class) != null;
    }

    @Override
    public List<Quotation> apply(ArticleText article) {
        String text = article.text();
        List<Mention> all = article.result(EntityStage.NAME, EntityResult.class).mentions();
        List<Mention> people = all.stream().filter(m -> Entity.PERSON.equals(m.type())).toList();
        List<Quotation> quotes = new ArrayList<>();
        for (Paragraph p : CleaningResult.paragraphsOf(article)) {
            // each pattern only where the paragraph has what it needs: scanning every position of every paragraph
            // with each pattern's alternatives had been most of the stage's time
            boolean colon = anyOf(text, p.start(), p.end(), ":");
            boolean quoted = anyOf(text, p.start(), p.end(), "„“«\"");
            boolean complementiser = REPORTED_HINTS.stream()
                    .anyMatch(w -> containsIgnoringCase(text, p.start(), p.end(), w));
            Matcher q = QUOTED.matcher(text).region(p.start(), p.end());
            while (quoted && q.find()) {
                int s = q.start() + 1;
                int e = q.end() - 1;
                Matcher after = AFTER_QUOTE.matcher(text).region(q.end(), p.end());
                boolean said = after.find();
                Mention speaker = said ? firstAfter(people, after.end(), p.end()) : null;
                if (speaker == null) {
                    speaker = lastBefore(people, q.start());
                }
                quotes.add(quote(s, e, "direct", said ? after.start(1) : q.start(), said ? after.end(1) : q.start() + 1,
                        speaker, 0.8));
            }
            Matcher v = VERB_FIRST.matcher(text).region(p.start(), p.end());
            while (colon && v.find()) {
                int e = trimEnd(text, v.end(), p.end());
                int nameStart = v.start(2);
                int nameEnd = v.end(2);
                Mention speaker = people.stream().filter(m -> m.start() >= nameStart && m.end() <= nameEnd)
                        .findFirst().orElse(null);
                if (e - v.end() >= 10 && !inside(quotes, v.start())) {
                    quotes.add(quote(v.end(), e, "direct", v.start(1), v.end(1), speaker != null ? speaker
                            : subject(text, all, people, p.start(), v.start()), 0.75));
                }
            }
            Matcher c = COLON_SPEECH.matcher(text).region(p.start(), p.end());
            while (colon && c.find()) {
                if (inside(quotes, c.start())) {
                    continue;
                }
                int e = trimEnd(text, c.end(), p.end());
                if (e - c.end() < 10) {
                    continue;
                }
                quotes.add(quote(c.end(), e, "direct", c.start(1), c.end(1),
                        subject(text, all, people, p.start(), c.start()), 0.75));
            }
            Matcher r = REPORTED.matcher(text).region(p.start(), p.end());
            while (complementiser && r.find()) {
                if (inside(quotes, r.start())) {
                    continue;
                }
                int e = sentenceEnd(text, r.end(), p.end());
                quotes.add(quote(r.end(), e, "reported", r.start(1), r.end(1),
                        subject(text, all, people, p.start(), r.start()), 0.65));
            }
        }
        quotes.sort(Comparator.comparingInt(Quotation::start));
        return quotes;
    }

    /** Whether {@code text} holds one of {@code chars} in {@code [from, to)}. */
    private static boolean anyOf(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds {@code word}, in any case, in {@code [from, to)}. */
    private static boolean containsIgnoringCase(String text, int from, int to, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = from; i + word.length() <= to; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static Quotation quote(int start, int end, String kind, int cueStart, int cueEnd, Mention speaker,
                                   double confidence) {
        return new Quotation(start, end, kind, cueStart, cueEnd, speaker == null ? null : speaker.entityId(),
                speaker == null ? null : speaker.start(), speaker == null ? null : speaker.end(),
                speaker == null ? confidence / 2 : confidence, NAME);
    }

    /**
     * The speaker of a speech verb at {@code cue}: the person named last in its sentence before it; if the sentence
     * names a position instead («وزیر دفاع جمهوری بلاروس ادامه داد:», «Der iranische Verteidigungsminister sagte»),
     * the person last named before who holds that position (of that country, when one is named); otherwise, for a
     * pronoun («وی», "er", "he"), the person named last before.
     */
    private Mention subject(String text, List<Mention> all, List<Mention> people, int paragraphStart, int cue) {
        int sentence = paragraphStart;
        for (int i = cue - 1; i > paragraphStart; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '۔') {
                sentence = i + 1;
                break;
            }
        }
        int from = sentence;
        List<Mention> named = people.stream().filter(m -> m.start() >= from && m.end() <= cue
                && !COMPANION.matcher(text.substring(Math.max(from, m.start() - 25), m.start())).find()).toList();
        if (!named.isEmpty()) {
            return named.get(0); // the subject comes first; «… در دیدار با خرنین … گفت» is not Khrenin speaking
        }
        List<String> positions = Positions.in(text.substring(sentence, cue));
        if (!positions.isEmpty()) {
            String country = all.stream().filter(m -> Entity.COUNTRY.equals(m.type()) && m.start() >= from
                    && m.end() <= cue).map(m -> base.get(m.entityId()).map(Entity::iso).orElse(null))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            Mention holder = null;
            for (Mention m : people) {
                if (m.end() <= cue && holds(m, positions.get(0), country)) {
                    holder = m;
                }
            }
            if (holder != null) {
                return holder;
            }
        }
        return lastBefore(people, cue);
    }

    private boolean holds(Mention m, String position, String country) {
        if (m.role() != null && position.equals(m.role().position())
                && (country == null || country.equals(m.role().country()))) {
            return true;
        }
        return base.get(m.entityId()).map(e -> e.roles().stream().anyMatch(r -> position.equals(r.position())
                && (country == null || country.equals(r.country())))).orElse(false);
    }

    /** The person named last before {@code at}. */
    private static Mention lastBefore(List<Mention> people, int at) {
        Mention best = null;
        for (Mention m : people) {
            if (m.end() <= at) {
                best = m;
            }
        }
        return best;
    }

    /** The person named right after the speech verb («sagte Ashtiani»), not one further on («sagte er … mit Putin»). */
    private static Mention firstAfter(List<Mention> people, int from, int limit) {
        for (Mention m : people) {
            if (m.start() >= from && m.start() < limit) {
                return m.start() - from <= 3 ? m : null;
            }
        }
        return null;
    }

    private static boolean inside(List<Quotation> quotes, int at) {
        return quotes.stream().anyMatch(q -> q.start() <= at && at < q.end());
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '۔') {
                return i;
            }
        }
        return trimEnd(text, from, limit);
    }
}
