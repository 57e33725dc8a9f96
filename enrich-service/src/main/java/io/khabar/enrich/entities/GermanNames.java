package io.khabar.enrich.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import io.khabar.enrich.config.DataFiles;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * German names the knowledge base does not know, told from German's capitalised nouns by LanguageTool's German
 * word-form dictionary ({@code german-pos-dict}: every form of 550,000 words, proper names tagged as given names,
 * surnames, countries, cities, regions, waters and mountains) and jwordsplitter (a capitalised word that splits into
 * known words, «Verteidigungsministerium», is a compound noun, not a name). A run of name words becomes a person when
 * it starts with a given name («Angela Merkel», «George W. Bush»), is a surname alone, or follows a noun for a person
 * («Schulrat Castens»); a place when the dictionary says so, or after «in», «nach», «aus» (where a place the dictionary
 * also has as a plural noun counts too: «nach Bayern»); an organisation when it is an acronym, ends in a legal form
 * («Krautwerk AG»), is a club («FC Bayern»), a newspaper or publisher («Süddeutsche Zeitung») or a state institution's compound
 * («Bundesamt für Verfassungsschutz»). A word the dictionary lacks is a given name when Faker lists it and a place when
 * GeoNames has a town of that name (both lists shipped in {@code khabar/}). Anything else stays untagged: no tag is
 * better than a wrong one.
 *
 * <p>No library finds German names without a trained model, and no German model with a licence that lets it ship
 * is on Maven Central; these rules over the dictionary are written here for that reason.
 */
public final class GermanNames {

    /**
     * What a capitalised word is, by the dictionary, then by the shipped name lists for words it lacks: a given name of
     * the dictionary is {@code GIVEN}, one only Faker's list has {@code LISTED_GIVEN}.
     */
    enum Kind { COMMON, COMPOUND, GIVEN, LISTED_GIVEN, SURNAME, PLACE, NAME, UNKNOWN, INSTITUTION, INITIAL, CLUB, ACRONYM }

    /** A given name, the dictionary's or (for a word it lacks) Faker's. */
    private static boolean given(Kind kind) {
        return kind == Kind.GIVEN || kind == Kind.LISTED_GIVEN;
    }

    /** The type of a given name alone: a person, but not one to link across articles by that name. */
    public static final String GIVEN_ALONE = "PER-GIVEN";

    /** A name over words {@code [start, start + count)}: {@code PER}, {@code LOC}, {@code ORG} or {@link #GIVEN_ALONE}. */
    public record Found(int start, int count, String type) {
    }

    /**
     * One paragraph's words and what stands between them. {@code free[i]} is false for words already taken (known
     * names, dates, credits); {@code joined[i]} is true when word {@code i} follows word {@code i - 1} with only a
     * space or a hyphen between, {@code hyphen[i]} when with a hyphen; {@code sentenceStart[i]} when it begins a
     * sentence; {@code afterInitial[i]} when it follows a single capital letter and a full stop («W. Bush»).
     */
    public record Words(List<String> text, boolean[] free, boolean[] joined, boolean[] hyphen, boolean[] sentenceStart,
                        boolean[] afterInitial) {
    }

    private static final String DICTIONARY = "/org/languagetool/resource/de/german.dict";

    /** Given names of many languages ({@code khabar/given-names-world.txt}, from Faker), for words the dictionary lacks. */
    private static final Set<String> GIVEN_NAMES = Set.copyOf(DataFiles.shipped("given-names-world.txt").entries());
    /** Combining marks, which {@link #places} drops from the decomposed names. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * The world's towns of 15,000 or more ({@code khabar/places-geonames.txt}, from GeoNames), for words the
     * dictionary lacks; each also without its diacritics, as German text writes «Kandahār»: «Kandahar».
     */
    private static final Set<String> PLACES = places();

    private static Set<String> places() {
        Set<String> places = new HashSet<>();
        for (String name : DataFiles.shipped("places-geonames.txt").entries()) {
            places.add(name);
            places.add(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""));
        }
        return Set.copyOf(places);
    }

    /** Words after which an unknown name is a place: «in Kaliningrad», «nach Duschanbe», «aus Gomel», «nahe Gomel». */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "nach", "aus", "nahe", "nördlich",
            "südlich", "östlich", "westlich", "unweit");
    /**
     * Words that make a run of name words an organisation, though the dictionary calls some of them nouns: sports
     * clubs («FC Bayern», «VfB Stuttgart») and English company words. Alone they are no name.
     */
    private static final Set<String> ORGANISATION_WORDS = Set.of("fc", "sv", "tsv", "vfb", "vfl", "sc", "holding",
            "airlines", "group");
    /** Last words of a publisher's or newspaper's name: «Hirzel Verlag», «Berliner Zeitung». */
    private static final Set<String> MEDIA_HEADS = Set.of("Verlag", "Verlags", "Zeitung", "Kurier", "Rundschau",
            "Rundfunk", "Rundfunks", "Allgemeine", "Tagblatt", "Anzeiger", "Nachrichten", "Post");
    /** Legal forms after a company's name. */
    private static final Set<String> COMPANY = Set.of("AG", "GmbH", "SE", "KG", "KGaA", "Inc", "Ltd", "Corp", "Co");
    /** Words that begin a place's name: «Bad Homburg», «Sankt Petersburg». */
    private static final Set<String> PLACE_PREFIXES = Set.of("Bad", "Sankt");
    /** jwordsplitter refuses longer words; such a word is no name. */
    private static final int LONGEST_SPLIT = 70;
    /** First parts of compounds that name a state's institutions: «Bundesamt», «Landesregierung». */
    private static final Set<String> STATE = Set.of("Bundes", "Landes", "Staats", "Reichs");
    /** Last parts of such compounds that make them an institution: «Bundesjustizministerium», «Bundesärztekammer». */
    private static final Set<String> INSTITUTION_HEADS = Set.of("amt", "ministerium", "kammer", "bank", "dienst",
            "agentur", "gericht", "gerichtshof", "rat", "tag", "regierung", "anstalt", "behörde", "verband", "liga",
            "wehr", "polizei", "kriminalamt", "rechnungshof", "verfassungsgericht", "versammlung");
    /** Lower-case words that may stand inside a person's name: «Ursula von der Leyen», «Vincent van Gogh». */
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "del", "zu",
            "bin", "al", "ibn");
    /** The dictionary's tags of words that are never names, even capitalised: articles, pronouns, prepositions… */
    private static final Set<String> FUNCTION_TAGS = Set.of("ART", "PRO", "PRP", "KON", "ADV", "NEG", "ZAL", "INJ");
    /** English words that make a run of capitalised words a title of a work («Keep It Together»), not a name. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "it", "and", "an", "in", "on", "for", "to",
            "my", "is", "you", "we", "do", "at", "by", "with");

    /**
     * Last parts of nouns for people by what they do or who they are to someone: a name right after one is a person's
     * («Schulrat Castens», «Ferrari-Technikchef Ross Brawn», «Onkel Gallus», «Frau Pfister»). Whole words or the ends of
     * compounds; kept to heads that name people only («rat» is left out for «Apparat», «Vorrat»). Kinship nouns are in
     * {@link #FAMILY}.
     */
    private static final List<String> PERSON_HEADS = List.of("präsident", "präsidentin", "minister", "ministerin",
            "chef", "chefin", "sprecher", "sprecherin", "trainer", "trainerin", "autor", "autorin", "sänger",
            "sängerin", "spieler", "spielerin", "kanzler", "kanzlerin", "direktor", "direktorin", "leiter", "leiterin",
            "vorsitzende", "vorsitzender", "vorsitzenden", "kollege", "kollegin", "dichter", "dichterin", "maler",
            "malerin", "komponist", "komponistin", "schriftsteller", "schriftstellerin", "schauspieler",
            "schauspielerin", "regisseur", "regisseurin", "politiker", "politikerin", "abgeordnete", "abgeordneter",
            "bürgermeister", "bürgermeisterin", "kandidat", "kandidatin", "professor", "professorin", "gründer",
            "gründerin", "bischof", "könig", "königin", "kaiser", "kaiserin", "papst", "prinz", "prinzessin", "herzog",
            "herzogin", "manager", "managerin", "stürmer", "torwart", "kapitän", "richter", "richterin", "anwalt",
            "anwältin", "botschafter", "botschafterin", "kommissar", "kommissarin", "gouverneur", "senator",
            "senatorin", "musiker", "musikerin", "künstler", "künstlerin", "fotograf", "fotografin", "journalist",
            "journalistin", "reporter", "moderator", "moderatorin", "historiker", "historikerin", "architekt",
            "architektin", "philosoph", "theologe", "theologen", "lehrer", "lehrerin", "kardinal", "pfarrer",
            "rabbiner", "herr", "herrn", "frau", "schulrat", "hofrat", "stadtrat", "staatssekretär",
            "staatssekretärin", "sekretär", "sekretärin");

    /**
     * Nouns for kin, a cue for a name only as whole words and not after a hyphen: a company's «Tochter» or «Mutter» is
     * a company («Siemens-Tochter Osram», «Facebook-Mutter Meta»), and «Großmutter» is no cue either.
     */
    private static final Set<String> FAMILY = Set.of("bruder", "schwester", "vater", "mutter", "sohn", "tochter",
            "onkel", "tante", "witwe", "ehefrau", "ehemann", "gattin", "enkel", "enkelin", "neffe", "nichte");

    /**
     * Whether {@code word}, a capitalised noun, names a person by what they do or are («Sprecher», «Vizekanzler»,
     * «Onkel»).
     */
    static boolean personNoun(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.GERMAN);
        if (FAMILY.contains(lower)) {
            return true;
        }
        for (String head : PERSON_HEADS) {
            if (lower.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word before word {@code i} names a person, so that a name at {@code i} is theirs: a noun of
     * {@link #personNoun}, but not a kinship noun after a hyphen («Siemens-Tochter»).
     */
    private static boolean afterPersonNoun(Words w, int i) {
        if (i == 0 || w.sentenceStart()[i] || !w.joined()[i] || w.hyphen()[i]) {
            return false;
        }
        String before = w.text().get(i - 1);
        return personNoun(before) && !(w.hyphen()[i - 1] && FAMILY.contains(before.toLowerCase(Locale.GERMAN)));
    }

    /** A number that is no year: an amount, after which a capitalised word is a unit («654 Mio EUR»). */
    private static final Pattern AMOUNT = Pattern.compile("(?![12]\\d{3}$)\\d[\\d.,]*");

    private final morfologik.stemming.Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;
    private final ThreadLocal<GermanWordSplitter> splitter;

    public GermanNames() {
        URL url = GermanNames.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("LanguageTool's German dictionary " + DICTIONARY + " is not on the class path");
        }
        try {
            dictionary = morfologik.stemming.Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DICTIONARY, e);
        }
        lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        splitter = ThreadLocal.withInitial(() -> {
            try {
                return new GermanWordSplitter(false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load jwordsplitter's German words", e);
            }
        });
    }

    /** What {@code word} is; {@code sentenceStart} also checks its lower-case form («Der», «Gleich»). */
    Kind kind(String word, boolean sentenceStart) {
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return Kind.COMMON;
        }
        if (word.length() == 1) {
            return Kind.INITIAL;
        }
        String lower = word.toLowerCase(Locale.GERMAN);
        if (ORGANISATION_WORDS.contains(lower)) {
            return Kind.CLUB; // the dictionary has «FC» and «VfL» as nouns
        }
        boolean common = false;
        boolean singularNounOnly = true; // every other reading a singular noun, as the dictionary also has «München»
        Kind name = null;
        for (WordData d : lookup.get().lookup(word)) {
            String tag = d.getTag().toString();
            if (!tag.startsWith("EIG")) {
                common = true;
                singularNounOnly &= tag.startsWith("SUB:") && tag.contains(":SIN");
                continue;
            }
            Kind k = tag.endsWith(":VOR") ? Kind.GIVEN : tag.endsWith(":NAC") ? Kind.SURNAME
                    : tag.endsWith(":STD") || tag.endsWith(":COU") || tag.endsWith(":GEB") || tag.endsWith(":WAT")
                    || tag.endsWith(":MOU") || tag.endsWith(":GEO") ? Kind.PLACE : Kind.NAME;
            name = name == null || k == Kind.GIVEN ? k : name;
        }
        if (common && word.length() <= 6 && capitals(word)) {
            return Kind.ACRONYM; // «CDU», «FIFA», «ZDF»: the dictionary has them as nouns
        }
        if (common && name == Kind.PLACE && singularNounOnly) {
            return Kind.PLACE; // «München», «Europa», «Afrika»: a noun only in the singular is the place itself
        }
        if (common) {
            return Kind.COMMON; // «Müller», «Rose», «Halle»: the ordinary word is the safer reading
        }
        if (sentenceStart ? !lookup.get().lookup(lower).isEmpty() : functionWord(lower)) {
            return Kind.COMMON; // «Seine Studien», «Der», «Auf der CeBIT»
        }
        if (name != null) {
            return name;
        }
        if (PLACES.contains(word) && !GIVEN_NAMES.contains(word)) {
            return Kind.PLACE; // before splitting: «Regensburg», «Oberhausen» split into words too; not a given name
            // that is a town too («Can», «Florence»): a given name of Faker's before a surname makes a person
        }
        if (word.length() > 5) {
            if (word.length() > LONGEST_SPLIT) {
                return Kind.COMMON; // run-together page text, no name
            }
            List<String> parts = splitter.get().splitWord(word);
            if (parts.size() > 1) {
                return STATE.contains(parts.get(0)) && INSTITUTION_HEADS.contains(parts.get(parts.size() - 1))
                        ? Kind.INSTITUTION : Kind.COMPOUND;
            }
        }
        return GIVEN_NAMES.contains(word) ? Kind.LISTED_GIVEN : Kind.UNKNOWN;
    }

    /**
     * The name the dictionary also reads a common noun as: {@code PLACE} for «Bayern» (also the plural of «Bayer»),
     * {@code SURNAME} for «Braun»; null when it has none. Used only where a cue before the word decides for the name.
     */
    Kind nameReading(String word) {
        Kind reading = null;
        for (WordData d : lookup.get().lookup(word)) {
            String tag = d.getTag().toString();
            if (tag.startsWith("EIG")) {
                Kind k = tag.endsWith(":NAC") ? Kind.SURNAME : tag.endsWith(":STD") || tag.endsWith(":COU")
                        || tag.endsWith(":GEB") ? Kind.PLACE : null;
                reading = reading == null ? k : reading;
            }
        }
        return reading;
    }

    /**
     * A common noun the dictionary also has as a name, read as the name after a cue: a place after «in», «nach»,
     * «aus» («nach Bayern»), a surname after a noun for a person («Pfarrer Braun»); null otherwise.
     */
    private String cuedName(Words w, int i) {
        List<String> words = w.text();
        if (i == 0 || !w.free()[i] || !w.joined()[i] || w.hyphen()[i] || w.sentenceStart()[i]
                || i + 1 < words.size() && w.hyphen()[i + 1] || !Character.isUpperCase(words.get(i).codePointAt(0))) {
            return null;
        }
        String before = words.get(i - 1);
        boolean placeCue = PLACE_BEFORE.contains(before);
        if (!placeCue && !afterPersonNoun(w, i)) {
            return null; // no cue: the dictionary is not asked
        }
        Kind reading = nameReading(words.get(i));
        if (placeCue) {
            return reading == Kind.PLACE ? "LOC" : null;
        }
        boolean nameGoesOn = i + 1 < words.size() && w.joined()[i + 1] && !w.sentenceStart()[i + 1]
                && Character.isUpperCase(words.get(i + 1).codePointAt(0)); // «Dichter Wolf Wondratschek»
        return reading == Kind.SURNAME && !nameGoesOn ? "PER" : null;
    }

    /**
     * Whether the dictionary reads {@code word} as the plural of a masculine noun: people («Polen» of «Pole», «Bayern»
     * of «Bayer», «Hessen» of «Hesse»), where a country's own plural name has no gender («Niederlande») and a feminine
     * plural is mostly a thing («Alpen» of «Alpe»).
     */
    public boolean pluralOfPeople(String word) {
        for (WordData d : lookup.get().lookup(word)) {
            String tag = d.getTag().toString();
            if (tag.startsWith("SUB:") && tag.contains(":PLU:MAS")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is written in capitals only, as an acronym is. */
    private static boolean capitals(String word) {
        return word.chars().allMatch(Character::isUpperCase);
    }

    /** Whether the lower-case {@code word} is an article, pronoun, preposition or other function word. */
    private boolean functionWord(String word) {
        for (WordData d : lookup.get().lookup(word)) {
            String tag = d.getTag().toString();
            if (FUNCTION_TAGS.contains(tag.substring(0, Math.min(3, tag.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The names in one paragraph's words. */
    public List<Found> find(Words w) {
        List<String> words = w.text();
        Kind[] kinds = new Kind[words.size()];
        boolean[] compound = new boolean[words.size()]; // the first part of a hyphenated compound noun
        for (int i = words.size() - 1; i >= 0; i--) {
            kinds[i] = kind(words.get(i), w.sentenceStart()[i]);
            if (i + 1 < words.size() && w.hyphen()[i + 1]
                    && (kinds[i + 1] == Kind.COMMON || kinds[i] == Kind.COMMON)) {
                // «EU-Budget», «Astana-Gegner», «Bundesliga-Neuling»: a compound noun (but «Kramp-Karrenbauer» is
                // a name: a part that only splits into words is no noun of the dictionary)
                kinds[i] = Kind.COMMON;
                kinds[i + 1] = Kind.COMMON;
                compound[i] = true;
                compound[i + 1] = true;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            kinds[i] = w.free()[i] ? kinds[i] : Kind.COMMON;
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int media = media(w, i);
            if (media > 0) {
                found.add(new Found(i, media, "ORG"));
                i += media - 1;
                continue;
            }
            String cued = kinds[i] == Kind.COMMON && !compound[i] ? cuedName(w, i) : null;
            if (cued != null) {
                found.add(new Found(i, 1, cued));
                continue;
            }
            if (kinds[i] == Kind.COMMON || kinds[i] == Kind.COMPOUND && !company(w, i + 1)
                    || i > 0 && w.joined()[i] && compound[i - 1]) { // not «Group AG» of «Mercedes-Benz Group AG»
                continue;
            }
            int n = run(w, kinds, i);
            String type = type(w, kinds, i, n);
            int start = i;
            if ("ORG".equals(type)) {
                n += complement(w, kinds, i + n);
            } else if ("LOC".equals(type) && i > 0 && w.joined()[i] && !w.hyphen()[i] && w.free()[i - 1]
                    && PLACE_PREFIXES.contains(words.get(i - 1))) {
                start = i - 1; // «Bad Homburg»
                n++;
            }
            if (type != null) {
                found.add(new Found(start, n, type));
            }
            i += n - 1 - (i - start);
        }
        return found;
    }

    /**
     * How many words, from {@code i}, a publisher's or newspaper's name runs over: capitalised words inside a sentence
     * and a head word after them («Süddeutsche Zeitung», «Franzis Verlag», «Thüringer Wald Verlag»); 0 if none. A
     * capitalised word right before a noun, inside a sentence, is a name in German: an adjective is written small.
     */
    private static int media(Words w, int i) {
        List<String> words = w.text();
        if (w.sentenceStart()[i] || !w.free()[i] || !Character.isUpperCase(words.get(i).codePointAt(0))) {
            return 0;
        }
        for (int n = 1; n <= 3 && i + n < words.size(); n++) {
            int k = i + n;
            if (!w.joined()[k] || w.hyphen()[k] || w.sentenceStart()[k] || !w.free()[k]) {
                return 0;
            }
            if (MEDIA_HEADS.contains(words.get(k))) {
                return n + 1;
            }
            if (!Character.isUpperCase(words.get(k).codePointAt(0))) {
                return 0;
            }
        }
        return 0;
    }

    /** How many words, from {@code i}, one name runs over. */
    private static int run(Words w, Kind[] kinds, int i) {
        List<String> words = w.text();
        int n = 1;
        while (i + n < words.size() && w.joined()[i + n]) {
            int next = i + n;
            boolean middleInitial = w.afterInitial()[next] && given(kinds[i]) && kinds[next - 1] == Kind.INITIAL;
            if (w.sentenceStart()[next] && !middleInitial) {
                break; // «George W. Bush», but not «Gruppe A. Schottland» nor «z. B. Apple»
            }
            if (company(w, next)) {
                return n + 1;
            } else if (n == 1 && kinds[i] == Kind.CLUB && w.free()[next] && !w.hyphen()[next]
                    && Character.isUpperCase(words.get(next).codePointAt(0))) {
                n++; // «FC Bayern», though «Bayern» is also the dictionary's plural of «Bayer»
            } else if (given(kinds[next]) && kinds[next - 1] == Kind.UNKNOWN && !w.hyphen()[next]) {
                break; // «Hauptinitiant George Wismer»: the name starts at the given name
            } else if (kinds[next] != Kind.COMMON && (kinds[next] != Kind.COMPOUND || given(kinds[i])
                    || company(w, next + 1))) {
                n++; // a surname may be a compound («Sabine Krautwurst»), and a company's name («Krautwerk AG»)
            } else if (n == 1 && given(kinds[i]) && kinds[next] == Kind.COMMON && w.free()[next]
                    && !w.hyphen()[next] && Character.isUpperCase(words.get(next).codePointAt(0))) {
                n++; // «Max Herbst», «Herbert Stein»: a surname that is also a noun, right after a given name
                break;
            } else if (given(kinds[i]) && PARTICLES.contains(words.get(next)) && w.free()[next]) {
                int p = n;
                while (i + p < words.size() && w.joined()[i + p] && w.free()[i + p]
                        && PARTICLES.contains(words.get(i + p))) {
                    p++;
                }
                if (i + p >= words.size() || !w.joined()[i + p] || common(kinds[i + p])) {
                    break;
                }
                n = p + 1; // «Ursula von der Leyen»
            } else {
                break;
            }
        }
        return n;
    }

    private static boolean common(Kind kind) {
        return kind == Kind.COMMON || kind == Kind.COMPOUND;
    }

    /** Whether word {@code at} is a company's legal form, free and joined to the word before it: «AG», «GmbH». */
    private static boolean company(Words w, int at) {
        return at < w.text().size() && w.joined()[at] && w.free()[at] && COMPANY.contains(w.text().get(at));
    }

    /**
     * How many words after an organisation's name, starting at {@code at}, complete it: «für» and the capitalised
     * words after it («Bundesamt für Gesundheit», «Bundesagentur für Arbeit»); 0 if none.
     */
    private static int complement(Words w, Kind[] kinds, int at) {
        List<String> words = w.text();
        if (at + 1 >= words.size() || !w.joined()[at] || !w.free()[at] || !"für".equals(words.get(at))
                || !w.joined()[at + 1] || !w.free()[at + 1] || !Character.isUpperCase(words.get(at + 1).codePointAt(0))) {
            return 0;
        }
        int n = 2;
        while (at + n < words.size() && w.joined()[at + n] && w.free()[at + n]
                && Character.isUpperCase(words.get(at + n).codePointAt(0)) && !common(kinds[at + n])) {
            n++;
        }
        return n;
    }

    private static String type(Words w, Kind[] kinds, int i, int n) {
        List<String> words = w.text();
        if (n == 1 && (kinds[i] == Kind.INITIAL || kinds[i] == Kind.CLUB)) {
            return null;
        }
        // the words around, within the sentence
        String before = i > 0 && !w.sentenceStart()[i] ? words.get(i - 1).toLowerCase(Locale.GERMAN) : "";
        String after = i + n < words.size() && !w.sentenceStart()[i + n]
                ? words.get(i + n).toLowerCase(Locale.GERMAN) : "";
        for (int k = i; k < i + n; k++) {
            if (kinds[k] == Kind.CLUB || kinds[k] == Kind.INSTITUTION || COMPANY.contains(words.get(k))) {
                return "ORG";
            }
        }
        for (int k = i; k < i + n; k++) {
            if (ENGLISH.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        if (given(kinds[i]) && n > 1) {
            return AMOUNT.matcher(before).matches() ? null : "PER"; // «7,4 Mio Euro», but «1982 Hans Meier»
        }
        boolean allPlaces = true;
        for (int k = i; k < i + n; k++) {
            allPlaces &= kinds[k] == Kind.PLACE;
        }
        if (afterPersonNoun(w, i) && !(allPlaces && words.get(i + n - 1).endsWith("s"))) {
            return "PER"; // «Präsident Cleveland», «Schulrat Castens»: after a noun for a person, a name is theirs;
            // but a place in the genitive is whose office it is: «Bürgermeister Hamburgs»
        }
        if (allPlaces) {
            return "LOC";
        }
        if (n == 1 && kinds[i] == Kind.SURNAME) { // «Merkel»
            return "PER";
        }
        if (n == 1 && kinds[i] == Kind.GIVEN) { // «Tobias»: a person, though not one across articles (Faker's
            // names alone are not: half of them were places, brands and clubs, «Chelsea», «Aprilia»)
            boolean saint = i > 0 && ("St".equals(words.get(i - 1)) || "Sankt".equals(words.get(i - 1)));
            return saint ? null : GIVEN_ALONE; // not «St. Peter», a church or a town
        }
        if (n == 1 && words.get(i).length() > 1 && capitals(words.get(i))) {
            return after.isEmpty() || Character.isDigit(after.charAt(0)) ? null : "ORG"; // not «ISBN 3-85830»
        }
        if (PLACE_BEFORE.contains(before)) {
            return "LOC";
        }
        return null;
    }
}
