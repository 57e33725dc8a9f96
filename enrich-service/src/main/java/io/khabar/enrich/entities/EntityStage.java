package io.khabar.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.khabar.enrich.attribution.AttributionResult;
import io.khabar.enrich.attribution.AttributionStage;
import io.khabar.enrich.attribution.Credit;
import io.khabar.enrich.clean.CleaningResult;
import io.khabar.enrich.clean.Paragraph;
import io.khabar.enrich.config.DataFiles;
import io.khabar.enrich.dates.DatesResult;
import io.khabar.enrich.dates.DatesStage;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.EnrichmentStage;
import io.khabar.enrich.text.TokensStage;

/**
 * People, organisations, countries and cities, each linked to one canonical entity whatever the script: known names
 * (with case endings, prefixes and adjectives), known people in another spelling by their phonetic key, and unknown
 * people after a title or rank. Nothing inside an attribution phrase is a mention (credited outlets become
 * {@link Source}s), and nothing that is a date (دوشنبه, Monday, is also Dushanbe).
 */
public final class EntityStage implements EnrichmentStage<EntityResult> {

    public static final String NAME = "entities";
    /** A word, as the stage reads text (and {@link NameModelTrainer} cuts gold tokens). */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}\\u200C]+(?:['’][\\p{L}]+)?");
    private static final Set<String> PLACE_CUES = Set.of("شهر", "stadt", "city", "город", "مدينة", "پایتخت");

    /**
     * A token for the name models: a word, or one mark of punctuation (models see «، ( )» between names, as their
     * training sentences had them).
     */
    public static final Pattern TOKEN = Pattern.compile(WORD.pattern() + "|[^\\s\\p{L}\\p{M}\\p{Nd}\\u200C]");

    /** Tokens that end a sentence, for the name models. */
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "؟", "。");

    private final KnowledgeBase base;
    private final NameModels models;
    private final Titles titles = new Titles();


    /** Languages in which a mentioned entity's names travel with the article, besides the article's own. */
    public static final Set<String> NAME_LANGUAGES = Set.of("en", "de", "fa", "ar", "ru", "fr", "es", "tr", "uk", "zh");

    public EntityStage(KnowledgeBase base) {
        this(base, NameModels.NONE);
    }

    public EntityStage(KnowledgeBase base, NameModels models) {
        this.base = base;
        this.models = models;
    }

    @Override
    public String name() {
        return NAME;
    }

    private record Word(int start, int end, String text, String key, int paragraph) {
    }

    /** One article's words, their keys, which are taken, and the mentions found so far. */
    private record Scan(String text, List<Paragraph> paragraphs, List<Word> words, List<String> keys, boolean[] taken,
                        List<Mention> mentions, String language) {
    }

    @Override
    public EntityResult apply(ArticleText article) {
        String text = article.text();
        AttributionResult attribution = article.result(AttributionStage.NAME, AttributionResult.class);
        DatesResult dates = article.result(DatesStage.NAME, DatesResult.class);
        List<Word> words = new ArrayList<>();
        int index = 0;
        List<Paragraph> paragraphs = CleaningResult.paragraphsOf(article);
        for (Paragraph p : paragraphs) {
            Matcher m = WORD.matcher(text).region(p.start(), p.end());
            while (m.find()) {
                words.add(new Word(m.start(), m.end(), m.group(), NameKey.exact(m.group()), index));
            }
            index++;
        }
        List<String> keys = words.stream().map(Word::key).toList();
        boolean[] taken = new boolean[words.size()];
        boolean[] dated = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            dated[i] = dates != null && dates.mentions().stream().anyMatch(d -> d.start() < w.end() && w.start() < d.end());
            taken[i] = dated[i] || attribution != null && attribution.isAttribution(w.start(), w.end());
        }
        Scan scan = new Scan(text, paragraphs, words, keys, taken, new ArrayList<>(), TokensStage.language(article));
        cued(scan, dated);
        known(scan);
        titled(scan);
        sounding(scan);
        named(scan);
        organisations(scan);
        if ("de".equals(scan.language())) {
            german(scan);
        }
        learned(scan);
        List<Mention> mentions = scan.mentions();
        mentions.sort(Comparator.comparingInt(Mention::start));
        mentions = roles(text, words, keys, mentions);
        return new EntityResult(List.copyOf(mentions), sources(attribution), summary(mentions, TokensStage.language(article)));
    }

    /** Ambiguous names right after a place cue («شهر دوشنبه»), even where the dates stage read a weekday. */
    private void cued(Scan scan, boolean[] dated) {
        List<Word> words = scan.words();
        List<String> keys = scan.keys();
        boolean[] taken = scan.taken();
        for (int i = 1; i < words.size(); i++) {
            if ((!taken[i] || dated[i]) && PLACE_CUES.contains(keys.get(i - 1))
                    && words.get(i).paragraph() == words.get(i - 1).paragraph()) {
                List<KnowledgeBase.Target> targets = base.namedAfterCue(keys.get(i));
                if (!targets.isEmpty()) {
                    add(scan, i, 1, targets.get(0).entity(), 0.8, "gazetteer-cued");
                }
            }
        }
    }

    /**
     * Known names, longest first; the last word may carry a case ending or prefix (Тегеране, Lukaschenkos, وطهران).
     * Only positions where some known name starts are tried.
     */
    private void known(Scan scan) {
        List<Word> words = scan.words();
        List<String> keys = scan.keys();
        boolean[] taken = scan.taken();
        List<List<String>> bases = new ArrayList<>(words.size());
        for (Word w : words) {
            bases.add(null); // the base forms of a word, worked out when first needed
        }
        for (int i = 0; i < words.size(); i++) {
            if (taken[i]) {
                continue;
            }
            int longest = Math.max(base.longestFrom(keys.get(i)), 1);
            for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
                if (!free(words, taken, i, n)) {
                    continue;
                }
                String prefix = n > 1 ? String.join(" ", keys.subList(i, i + n - 1)) + " " : "";
                List<KnowledgeBase.Target> targets = usable(scan, i, base.named(prefix + keys.get(i + n - 1)));
                String evidence = null;
                if (targets.isEmpty()) {
                    int last = i + n - 1;
                    if (bases.get(last) == null) {
                        bases.set(last, Inflections.basesOf(words.get(last).text()).stream().map(NameKey::exact).toList());
                    }
                    for (String stem : bases.get(last)) {
                        targets = usable(scan, i, base.named(prefix + stem));
                        if (!targets.isEmpty()) {
                            evidence = "gazetteer-inflected";
                            break;
                        }
                    }
                }
                KnowledgeBase.Target t = targets.isEmpty() ? null : preferred(targets);
                if (t != null && n == 1 && !"adjective".equals(t.evidence()) && inhabitants(scan, i, t.entity())) {
                    break; // «die Polen», «die Bayern»: the people, not the place («die Deutschen» is the adjective's)
                }
                if (t != null) {
                    // an inflected adjective or people's noun («des Amerikaners», «وایرانیان») stays an adjective
                    String ev = evidence != null && !"adjective".equals(t.evidence()) ? evidence : t.evidence();
                    double confidence = "adjective".equals(ev) ? 0.8 : n > 1 ? 0.95 : evidence != null ? 0.8 : 0.85;
                    add(scan, i, n, t.entity(), confidence, ev);
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /** Articles before a German plural noun: «die Polen», «den Bayern». */
    private static final Set<String> PLURAL_ARTICLES = Set.of("die", "den");

    /**
     * Whether German word {@code i}, a place's name, is here the word for its inhabitants: right after «die» or «den»,
     * where the dictionary reads it as the plural of a noun for people («die Polen», «den Bayern»; but «in den
     * Niederlanden» is the country).
     */
    private static boolean inhabitants(Scan scan, int i, Entity place) {
        return "de".equals(scan.language()) && i > 0 && PLURAL_ARTICLES.contains(scan.keys().get(i - 1))
                && !place.type().equals(Entity.PERSON) && !place.type().equals(Entity.ORGANISATION)
                && scan.words().get(i).paragraph() == scan.words().get(i - 1).paragraph()
                && GERMAN.pluralOfPeople(scan.words().get(i).text());
    }

    /**
     * The targets a name at word {@code i} may have: a name CLDR alone gives is looked for only in text of its own
     * language (so English "us" and "man" are not the USA and the Isle of Man in every article), and in a script
     * with capitals a name must start with one (Russian «того» is not Togo).
     */
    private static List<KnowledgeBase.Target> usable(Scan scan, int i, List<KnowledgeBase.Target> targets) {
        if (targets.isEmpty()) {
            return targets;
        }
        int first = scan.words().get(i).text().codePointAt(0);
        boolean cased = Character.isUpperCase(first) || Character.isLowerCase(first);
        List<KnowledgeBase.Target> out = new ArrayList<>(targets.size());
        for (KnowledgeBase.Target t : targets) {
            boolean languageOk = t.language() == null || t.language().equals(scan.language());
            boolean caseOk = !cased || Character.isUpperCase(first) || "adjective".equals(t.evidence());
            if (languageOk && caseOk) {
                out.add(t);
            }
        }
        return out;
    }

    /** A name after a title or rank: a known person by spelling or sound, or a new one with a stable id. */
    private void titled(Scan scan) {
        List<Word> words = scan.words();
        List<String> keys = scan.keys();
        boolean[] taken = scan.taken();
        for (int i = 1; i < words.size(); i++) {
            if (taken[i] || titles.endingAt(keys, i) == 0 || words.get(i).paragraph() != words.get(i - 1).paragraph()
                    || titles.endingAt(keys, i + 1) >= 2) { // word i ends a longer title: «حجت‌الاسلام والمسلمین»
                continue;
            }
            boolean arabicScript = isArabicScript(words.get(i).text());
            int n = 0;
            while (n < (arabicScript ? 2 : 3) && i + n < words.size() && !taken[i + n]
                    && words.get(i + n).paragraph() == words.get(i).paragraph()
                    && !titles.startsAt(keys, i + n) && nameLike(words.get(i + n).text(), arabicScript)) {
                n++;
            }
            if (n == 0) {
                continue;
            }
            String full = join(words, i, n);
            // a first name given must agree: «Lloyd Austin» is not Ashtiani though their surnames sound alike
            Entity known = onePerson(NameKey.phonetic(full), n == 1 ? NameKey.phonetic(words.get(i).text()) : null);
            if (known != null) {
                add(scan, i, n, known, 0.75, "transliteration");
            } else {
                String key = NameKey.phonetic(words.get(i + n - 1).text());
                if (key.length() < 3) {
                    continue;
                }
                Entity made = new Entity("khabar:person:~" + key.replace(' ', '-'), Entity.PERSON, Map.of(),
                        null, null, null, null, null, List.of(), null);
                add(scan, i, n, made, 0.6, "title");
            }
            i += n - 1;
        }
    }

    /** Two or three capitalised words that sound like a known person ("Wiktor Chrenin", "Mohammad-Reza Ashtiyani"). */
    private void sounding(Scan scan) {
        List<Word> words = scan.words();
        boolean[] taken = scan.taken();
        String[] sound = new String[words.size()]; // each capitalised word's phonetic key, when first needed
        for (int i = 0; i + 1 < words.size(); i++) {
            for (int n = Math.min(3, words.size() - i); n >= 2; n--) {
                if (!free(words, taken, i, n) || !allCapitalised(words, i, n)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    if (sound[k] == null) {
                        sound[k] = NameKey.phonetic(words.get(k).text());
                    }
                    key.append(k > i ? " " : "").append(sound[k]);
                }
                Entity known = onePerson(key.toString(), null);
                if (known != null) {
                    add(scan, i, n, known, 0.7, "transliteration");
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /**
     * A person followed — right away, or after a comma and "the"/«der» — by a position, and maybe a country: the
     * mention's role («امیر سرتیپ آشتیانی وزیر دفاع …», "Viktor Khrenin, the defence minister of Belarus").
     */
    private List<Mention> roles(String text, List<Word> words, List<String> keys, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (!Entity.PERSON.equals(mention.type()) || "gazetteer-inflected".equals(mention.evidence())) {
                out.add(mention); // a genitive («Lukaschenkos Verteidigungsminister») names someone else's role
                continue;
            }
            int next = 0;
            while (next < words.size() && words.get(next).start() < mention.end()) {
                next++;
            }
            while (next < words.size() && next < keys.size() && ARTICLES.contains(keys.get(next))) {
                next++;
            }
            Map.Entry<String, Integer> position = next < words.size() ? Positions.at(keys, next) : null;
            if (position == null || words.get(next).start() - mention.end() > 8) {
                out.add(mention);
                continue;
            }
            int after = words.get(next + position.getValue() - 1).end();
            String country = null;
            for (int k = m + 1; k < mentions.size() && mentions.get(k).start() - after <= 12; k++) {
                if (Entity.COUNTRY.equals(mentions.get(k).type()) && mentions.get(k).start() >= after
                        && OF_COUNTRY.matcher(text.substring(after, mentions.get(k).start())).matches()) {
                    String id = mentions.get(k).entityId();
                    country = base.get(id).map(Entity::iso).orElse(id);
                    break;
                }
            }
            out.add(mention.withRole(new Entity.Role(position.getKey(), country, null, null)));
        }
        return out;
    }

    /** What may join a position to its country: nothing (Persian ezafe), "of", «von», «des», «der». */
    private static final java.util.regex.Pattern OF_COUNTRY = java.util.regex.Pattern.compile(
            "\\s*(of|von|des|der|de|du|from)?\\s*(the\\s+)?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words that may stand between a name and its position: "the", «der», «die». */
    private static final Set<String> ARTICLES = Set.of("the", "der", "die", "des", "its", "his", "her");

    /**
     * Ministries of a named country ({@link Organisations#MINISTRIES}), and Persian organisations after a head noun:
     * «سازمان حفاظت محیط زیست», «دانشگاه تهران» (the head and up to three name words, stopping at a function word).
     */
    private void organisations(Scan scan) {
        List<Word> words = scan.words();
        List<String> keys = scan.keys();
        boolean[] taken = scan.taken();
        List<Mention> found = scan.mentions();
        for (int i = 0; i < words.size(); i++) {
            if (taken[i]) {
                continue;
            }
            for (int n = Math.min(Organisations.MINISTRY_INDEX.longestFrom(keys.get(i)), words.size() - i); n >= 1; n--) {
                String ministry = Organisations.MINISTRIES.get(PhraseIndex.phrase(keys, i, i + n));
                if (ministry == null || !free(words, taken, i, n)) {
                    continue;
                }
                String iso = countryNear(scan, words.get(i).start(), words.get(i + n - 1).end());
                if (iso != null) {
                    String id = "khabar:organisation:" + ministry + ":" + iso;
                    add(scan, i, n, new Entity(id, Entity.ORGANISATION, Map.of(), null, null, iso, null, null,
                            List.of(), "ministry"), 0.8, "pattern");
                }
                break;
            }
            if (i < words.size() && !taken[i] && Organisations.HEADS.contains(keys.get(i))) {
                int n = 1;
                while (n < 3 && i + n < words.size() && !taken[i + n]
                        && words.get(i + n).paragraph() == words.get(i).paragraph()
                        && nameLike(words.get(i + n).text(), true)) {
                    n++;
                }
                if (n > 1) {
                    String key = String.join("-", keys.subList(i, i + n));
                    add(scan, i, n, new Entity("khabar:organisation:~" + key, Entity.ORGANISATION, Map.of(), null,
                            null, null, null, null, List.of(), null), 0.55, "pattern");
                    i += n - 1;
                }
            }
        }
    }

    /** The ISO code of a country named right before or after {@code [start, end)} (adjective or name). */
    private String countryNear(Scan scan, int start, int end) {
        for (Mention m : scan.mentions()) {
            if (Entity.COUNTRY.equals(m.type()) && (m.start() >= end && m.start() - end <= 25
                    || m.end() <= start && start - m.end() <= 3)) {
                return base.get(m.entityId()).map(Entity::iso).orElse(null);
            }
        }
        return null;
    }

    /** Given names (khabar/first-names.txt) by their exact key. */
    private static final Set<String> GIVEN_NAMES = givenNames();

    private static Set<String> givenNames() {
        return DataFiles.shipped("first-names.txt").entries().stream().map(NameKey::exact)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A given name followed by one or two name words («حسین محمدی», "Olaf Scholz"): a person, linked to the base by
     * sound when it knows them, otherwise with an id from the surname's phonetic key.
     */
    private void named(Scan scan) {
        List<Word> words = scan.words();
        List<String> keys = scan.keys();
        boolean[] taken = scan.taken();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (taken[i] || !GIVEN_NAMES.contains(keys.get(i))) {
                continue;
            }
            boolean arabicScript = isArabicScript(words.get(i).text());
            if (!arabicScript && !Character.isUpperCase(words.get(i).text().codePointAt(0))) {
                continue;
            }
            int n = 1;
            while (n < 3 && i + n < words.size() && !taken[i + n]
                    && words.get(i + n).paragraph() == words.get(i).paragraph()
                    && !titles.startsAt(keys, i + n) && nameLike(words.get(i + n).text(), arabicScript)
                    && (n == 1 || GIVEN_NAMES.contains(keys.get(i + n - 1)))) {
                n++; // a second given name («محمد رضا») may stand before the surname
            }
            if (n == 1) {
                continue;
            }
            String surname = NameKey.phonetic(words.get(i + n - 1).text());
            if (surname.length() < 3) {
                continue;
            }
            Entity known = onePerson(NameKey.phonetic(join(words, i, n)), null);
            Entity person = known != null ? known : new Entity("khabar:person:~" + surname.replace(' ', '-'),
                    Entity.PERSON, Map.of(), null, null, null, null, null, List.of(), null);
            add(scan, i, n, person, known != null ? 0.75 : 0.55, known != null ? "transliteration" : "given-name");
            i += n - 1;
        }
    }

    /** German names the base does not know, paragraph by paragraph ({@link GermanNames}). */
    private void german(Scan scan) {
        List<Word> words = scan.words();
        for (int from = 0, to; from < words.size(); from = to) {
            to = from;
            while (to < words.size() && words.get(to).paragraph() == words.get(from).paragraph()) {
                to++;
            }
            int n = to - from;
            List<String> texts = new ArrayList<>(n);
            boolean[] free = new boolean[n];
            boolean[] joined = new boolean[n];
            boolean[] hyphen = new boolean[n];
            boolean[] sentenceStart = new boolean[n];
            boolean[] afterInitial = new boolean[n];
            for (int k = 0; k < n; k++) {
                Word w = words.get(from + k);
                texts.add(w.text());
                free[k] = !scan.taken()[from + k];
                String gap = k == 0 ? "" : scan.text().substring(words.get(from + k - 1).end(), w.start());
                hyphen[k] = k > 0 && gap.equals("-");
                afterInitial[k] = k > 0 && gap.equals(". ") && initial(words.get(from + k - 1).text());
                joined[k] = hyphen[k] || k > 0 && gap.equals(" ") || afterInitial[k];
                sentenceStart[k] = k == 0 || SENTENCE_GAP.matcher(gap).find();
            }
            GermanNames.Words paragraph = new GermanNames.Words(texts, free, joined, hyphen, sentenceStart,
                    afterInitial);
            for (GermanNames.Found f : GERMAN.find(paragraph)) {
                int i = from + f.start();
                if (role(scan.keys(), i, f.count())) {
                    continue;
                }
                Entity e = switch (f.type()) {
                    case "PER" -> learnedPerson(words, i, f.count());
                    case GermanNames.GIVEN_ALONE -> givenAlone(scan, i);
                    case "LOC" -> learnedOther(scan, i, f.count(), Entity.PLACE);
                    default -> learnedOther(scan, i, f.count(), Entity.ORGANISATION);
                };
                if (e != null) {
                    add(scan, i, f.count(), e, 0.5, "lexicon");
                    int end = scan.mentions().get(scan.mentions().size() - 1).end();
                    if (initial(words.get(i + f.count() - 1).text()) && end < scan.text().length()
                            && scan.text().charAt(end) == '.') { // «Nico G.»: the initial's full stop
                        extendLast(scan, end + 1);
                    }
                }
            }
        }
    }

    /** A single capital letter: an initial. */
    private static boolean initial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** What, between two words, starts a sentence or a quotation. */
    private static final Pattern SENTENCE_GAP = Pattern.compile("[.!?:;„“\"«»]");
    private static final GermanNames GERMAN = new GermanNames();

    /**
     * What the language's name model ({@link NameModels}) finds, sentence by sentence, after the rules: people (linked
     * by sound as {@link #named} does), places and organisations (by the base's names), known or new. It takes words
     * still free, or words only the rules' guesses hold ({@link #replaceGuesses}); a name the base gave is never
     * undone, and a title or position is never part of a model's name. Running the model first scored better on
     * PEYMA (F1 0.615 against 0.590) but gave known names made-up ids on the seeds («خرنین» as {@code ~hrn}), and
     * letting a model's wider bounds take over a known name («سیاست خارجی جمهوری اسلامی ایران» as Iran) gained
     * nothing on PEYMA (0.591): neither is done.
     */
    private void learned(Scan scan) {
        if (!models.has(scan.language())) {
            return;
        }
        List<Word> words = scan.words();
        Map<Integer, Integer> wordAt = new HashMap<>(); // a word's start offset -> its index
        for (int i = 0; i < words.size(); i++) {
            wordAt.put(words.get(i).start(), i);
        }
        List<int[]> tokens = new ArrayList<>(); // {start, end} of each token of each sentence, one list after another
        List<Integer> firsts = new ArrayList<>(); // each sentence's first token in that list
        List<String[]> sentences = new ArrayList<>();
        for (Paragraph p : scan.paragraphs()) {
            Matcher m = TOKEN.matcher(scan.text()).region(p.start(), p.end());
            List<String> sentence = new ArrayList<>();
            while (true) {
                boolean more = m.find();
                if (more) {
                    tokens.add(new int[] {m.start(), m.end()});
                    sentence.add(m.group());
                }
                if (!more || SENTENCE_END.contains(m.group())) {
                    if (!sentence.isEmpty()) {
                        firsts.add(tokens.size() - sentence.size());
                        sentences.add(sentence.toArray(String[]::new));
                        sentence.clear();
                    }
                    if (!more) {
                        break;
                    }
                }
            }
        }
        for (NameModels.Found f : models.find(scan.language(), sentences)) {
            int from = firsts.get(f.sentence()) + f.start();
            int to = firsts.get(f.sentence()) + f.end();
            int i = -1;
            int n = 0;
            for (int t = from; t < to; t++) {
                Integer w = wordAt.get(tokens.get(t)[0]);
                if (w != null) {
                    i = i < 0 ? w : i;
                    n = w - i + 1;
                }
            }
            if (i < 0 || role(scan.keys(), i, n)) {
                continue;
            }
            if (!free(words, scan.taken(), i, n) && !replaceGuesses(scan, i, n)) {
                continue;
            }
            Entity e = switch (f.type()) {
                case "PER" -> learnedPerson(words, i, n);
                case "LOC" -> learnedOther(scan, i, n, Entity.PLACE);
                case "ORG" -> learnedOther(scan, i, n, Entity.ORGANISATION);
                default -> null;
            };
            if (e != null) {
                add(scan, i, n, e, Math.round(f.probability() * 100) / 100.0, "model");
                closeHonorific(scan, tokens.get(to - 1));
            }
        }
    }

    /**
     * A model's name that ends in an honorific in brackets («حضرت زینب (س)», «علی بن ابیطالب (ع)») ends after the
     * closing bracket, not inside the brackets after the honorific's letter.
     */
    private static void closeHonorific(Scan scan, int[] lastToken) {
        Mention m = scan.mentions().get(scan.mentions().size() - 1);
        String text = scan.text();
        int open = text.lastIndexOf('(', m.end());
        if (lastToken[0] == m.end() && text.charAt(m.end()) == ')' && open > m.start() && m.end() - open <= 4) {
            extendLast(scan, lastToken[1]);
        }
    }

    /** The mention added last, ending at {@code end} instead: offsets, surface and all else kept in line. */
    private static void extendLast(Scan scan, int end) {
        Mention m = scan.mentions().get(scan.mentions().size() - 1);
        scan.mentions().set(scan.mentions().size() - 1, new Mention(m.start(), end, scan.text().substring(m.start(),
                end), m.type(), m.entityId(), m.confidence(), m.evidence(), m.role(), m.stage()));
    }

    /**
     * Removes the rules' guesses overlapping words {@code [i, i + n)} — people after a title or a given name,
     * organisations after a head noun and German names from the dictionary, none of them in the base — when only
     * such guesses stand there, so that the model's name takes their place; false, changing nothing, otherwise.
     */
    private static boolean replaceGuesses(Scan scan, int i, int n) {
        int start = scan.words().get(i).start();
        int end = scan.words().get(i + n - 1).end();
        List<Mention> overlapping = scan.mentions().stream().filter(m -> m.start() < end && start < m.end()).toList();
        if (overlapping.isEmpty() || !overlapping.stream().allMatch(EntityStage::guess)) {
            return false;
        }
        List<Word> words = scan.words();
        for (int k = i; k < i + n; k++) {
            Word w = words.get(k);
            boolean ofGuess = overlapping.stream().anyMatch(m -> w.start() >= m.start() && w.end() <= m.end());
            if (scan.taken()[k] && !ofGuess || w.paragraph() != words.get(i).paragraph()) {
                return false; // a date or an attribution
            }
        }
        scan.mentions().removeAll(overlapping);
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (overlapping.stream().anyMatch(m -> w.start() >= m.start() && w.end() <= m.end())) {
                scan.taken()[k] = false;
            }
        }
        return true;
    }

    /** A mention the rules made up rather than found in the base. */
    private static boolean guess(Mention m) {
        return "title".equals(m.evidence()) || "given-name".equals(m.evidence()) || "lexicon".equals(m.evidence())
                || "pattern".equals(m.evidence()) && m.entityId().contains(":~");
    }

    /**
     * Whether a title or a position overlaps words {@code [i, i + n)}: «دفاع بلاروس» in «وزیر دفاع بلاروس» is the end
     * of a role, not a name.
     */
    private boolean role(List<String> keys, int i, int n) {
        for (int k = i + 1; k <= i + n; k++) {
            if (titles.endingAt(keys, k) > 0) {
                return true;
            }
        }
        for (int s = Math.max(0, i - 6); s < i + n; s++) {
            Map.Entry<String, Integer> p = Positions.at(keys, s);
            if (p != null && s + p.getValue() > i) {
                return true;
            }
        }
        return false;
    }

    private Entity learnedPerson(List<Word> words, int i, int n) {
        Entity known = onePerson(NameKey.phonetic(join(words, i, n)),
                n == 1 ? NameKey.phonetic(words.get(i).text()) : null);
        if (known != null) {
            return known;
        }
        String key = NameKey.phonetic(words.get(i + n - 1).text());
        if (key.length() < 3) {
            key = NameKey.phonetic(join(words, i, n)); // a short surname («Leyen», «Ui»): the whole name
        }
        if (key.length() < 3) {
            return null;
        }
        return new Entity("khabar:person:~" + key.replace(' ', '-'), Entity.PERSON, Map.of(), null, null, null,
                null, null, List.of(), null);
    }

    /**
     * A given name alone («Tobias»): the person named before in this article with that given name, if there is one,
     * else a person of this article only, for a given name is no one person across articles.
     */
    private static Entity givenAlone(Scan scan, int i) {
        String given = scan.words().get(i).text();
        String id = null;
        for (Mention m : scan.mentions()) {
            if (Entity.PERSON.equals(m.type()) && m.surface().startsWith(given + " ")) {
                id = m.entityId();
            }
        }
        String key = NameKey.phonetic(given);
        if (id == null && key.length() >= 2) {
            id = "khabar:person:~" + key.replace(' ', '-') + "@" + Integer.toHexString(scan.text().hashCode());
        }
        return id == null ? null : new Entity(id, Entity.PERSON, Map.of(), null, null, null, null, null, List.of(),
                null);
    }

    /**
     * A place or organisation: the base's entity of that name (its last word maybe inflected) if it has one, else a
     * new one keyed by the name.
     */
    private Entity learnedOther(Scan scan, int i, int n, String type) {
        String prefix = n > 1 ? String.join(" ", scan.keys().subList(i, i + n - 1)) + " " : "";
        List<KnowledgeBase.Target> targets = base.named(prefix + scan.keys().get(i + n - 1));
        for (String stem : targets.isEmpty() ? Inflections.basesOf(scan.words().get(i + n - 1).text()) : List.<String>of()) {
            targets = base.named(prefix + NameKey.exact(stem));
            if (!targets.isEmpty()) {
                break;
            }
        }
        if (!targets.isEmpty()) {
            KnowledgeBase.Target t = preferred(targets);
            return t == null ? null : t.entity();
        }
        String key = NameKey.phonetic(join(scan.words(), i, n));
        if (key.length() < 2) {
            return null;
        }
        return new Entity("khabar:" + type + ":~" + key.replace(' ', '-'), type, Map.of(), null, null, null, null,
                null, List.of(), null);
    }

    private Entity onePerson(String fullKey, String surnameKey) {
        List<Entity> people = base.peopleSounding(fullKey);
        if (people.isEmpty() && surnameKey != null) {
            people = base.peopleSounding(surnameKey);
        }
        return people.size() == 1 ? people.get(0) : null; // two people who sound alike: no guess
    }

    private List<Source> sources(AttributionResult attribution) {
        List<Source> sources = new ArrayList<>();
        if (attribution == null) {
            return sources;
        }
        for (Credit c : attribution.credits()) {
            if (Credit.OUTLET.equals(c.role())) {
                List<KnowledgeBase.Target> t = base.named(NameKey.exact(c.name()));
                sources.add(new Source(c.name(), t.isEmpty() ? null : t.get(0).entity().id(), c.start(), c.end(), NAME));
            }
        }
        return sources;
    }

    private List<EntityResult.Mentioned> summary(List<Mention> mentions, String language) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Mention> firsts = new LinkedHashMap<>();
        Map<String, Set<String>> surfaces = new HashMap<>();
        for (Mention m : mentions) {
            counts.computeIfAbsent(m.entityId(), k -> new int[1])[0]++;
            firsts.putIfAbsent(m.entityId(), m);
            surfaces.computeIfAbsent(m.entityId(), k -> new LinkedHashSet<>()).add(m.surface());
        }
        List<EntityResult.Mentioned> out = new ArrayList<>();
        firsts.forEach((id, m) -> {
            Optional<Entity> known = base.get(id);
            out.add(new EntityResult.Mentioned(id, m.type(), known.map(e -> e.name(language)).orElse(m.surface()),
                    counts.get(id)[0], names(known.orElse(null), language, surfaces.get(id)),
                    known.map(e -> e.iso() != null ? e.iso() : e.country()).orElse(null),
                    known.map(Entity::kind).orElse(null)));
        });
        out.sort(Comparator.comparingInt((EntityResult.Mentioned e) -> e.count()).reversed());
        return out;
    }

    /** The entity's names in {@link #NAME_LANGUAGES} and {@code language}, with the article's own spellings. */
    private static Map<String, List<String>> names(Entity entity, String language, Set<String> seen) {
        Map<String, List<String>> names = new TreeMap<>();
        if (entity != null) {
            entity.names().forEach((l, n) -> {
                if (NAME_LANGUAGES.contains(l) || l.equals(language)) {
                    names.put(l, new ArrayList<>(n));
                }
            });
        }
        if (language != null) {
            List<String> own = names.computeIfAbsent(language, l -> new ArrayList<>());
            seen.stream().filter(s -> !own.contains(s)).forEach(own::add);
        }
        return names;
    }

    /**
     * The entity a name most likely means: a country before a city before an organisation before a person — unless
     * the name is a country's and a city's in another country (Arabic «عمان» is Oman and Amman): then none, for no tag
     * is better than a wrong one.
     */
    private KnowledgeBase.Target preferred(List<KnowledgeBase.Target> targets) {
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (KnowledgeBase.Target t : targets) {
            Entity e = t.entity();
            countries.add(Entity.COUNTRY.equals(e.type()) ? e.iso() : Entity.CITY.equals(e.type()) ? e.country() : null);
        }
        countries.remove(null);
        if (countries.size() > 1 && targets.stream().anyMatch(t -> Entity.COUNTRY.equals(t.entity().type()))
                && targets.stream().anyMatch(t -> Entity.CITY.equals(t.entity().type()))) {
            return null;
        }
        return preferredType(targets);
    }

    private static KnowledgeBase.Target preferredType(List<KnowledgeBase.Target> targets) {
        List<String> order = List.of(Entity.COUNTRY, Entity.CITY, Entity.ORGANISATION, Entity.PERSON);
        return targets.stream().min(Comparator.comparingInt(t -> {
            int o = order.indexOf(t.entity().type());
            return o < 0 ? order.size() : o;
        })).orElseThrow();
    }

    private static void add(Scan scan, int i, int n, Entity e, double confidence, String evidence) {
        Word first = scan.words().get(i);
        Word last = scan.words().get(i + n - 1);
        scan.mentions().add(new Mention(first.start(), last.end(), scan.text().substring(first.start(), last.end()),
                e.type(), e.id(), confidence, evidence, null, NAME));
        for (int k = i; k < i + n; k++) {
            scan.taken()[k] = true;
        }
    }

    private static boolean free(List<Word> words, boolean[] taken, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (taken[k] || words.get(k).paragraph() != words.get(i).paragraph()) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<Word> words, int i, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            b.append(k > i ? " " : "").append(words.get(k).text());
        }
        return b.toString();
    }

    private static boolean allCapitalised(List<Word> words, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (!Character.isUpperCase(words.get(k).text().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word that can be part of a name: capitalised where the script has case, and not a noun that titles are known
     * to precede («General Assembly», «Президент Республики»); in Arabic script not a function word, a role, or an
     * Arabic noun with the article (الفريق الوطني is the national team).
     */
    private static boolean nameLike(String word, boolean arabicScript) {
        if (arabicScript) {
            return isArabicScript(word) && word.length() > 1 && !STOP.contains(NameKey.exact(word))
                    && !word.startsWith("ال");
        }
        return Character.isUpperCase(word.codePointAt(0)) && !NOT_AFTER_TITLES.contains(NameKey.exact(word));
    }

    private static final Set<String> NOT_AFTER_TITLES = Set.of("assembly", "motors", "staff", "secretary", "electric",
            "council", "prosecutor", "manager", "director", "election", "elections", "strike", "staffs", "dynamics",
            "hospital", "command", "republik", "bundesrepublik", "regierung", "republic", "республики", "республика",
            "российской", "федерации", "сша", "штаб", "штаба", "generalstab", "versammlung", "sekretär");

    private static boolean isArabicScript(String word) {
        char c = word.charAt(0);
        return c >= '\u0600' && c <= '\u06FF';
    }

    /**
     * Words that end a name after a title in Arabic script: Lucene's Persian and Arabic stop words, and the roles and
     * verbs that follow a name in news («… وزیر دفاع», «… گفت»).
     */
    private static final Set<String> STOP = stopWords();

    private static Set<String> stopWords() {
        Set<String> words = new java.util.HashSet<>();
        for (org.apache.lucene.analysis.CharArraySet set : List.of(
                org.apache.lucene.analysis.fa.PersianAnalyzer.getDefaultStopSet(),
                org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet())) {
            for (Object o : set) {
                words.add(NameKey.exact(o instanceof char[] c ? new String(c) : o.toString()));
            }
        }
        for (String w : List.of("وزیر", "رئیس", "گفت", "افزود", "اظهار", "کرد", "داشت", "فرمانده", "سخنگوی", "معاون",
                "جانشین", "نماینده", "سفیر", "دبیر", "قال", "رئيس", "وزير")) {
            words.add(NameKey.exact(w));
        }
        return Set.copyOf(words);
    }
}
