package io.khabar.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.khabar.enrich.config.StandaloneConfig;
import io.khabar.enrich.pipeline.ArticleText;
import io.khabar.enrich.pipeline.TextLayer;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name model trained here, on sentences made from templates (no shared data): what it adds to the stage, that it
 * never undoes a name the base knows, and every way its files can be wrong.
 */
class NameModelsTest {

    /**
     * Invented names, in no list of the stage, so only a model can find them: two syllables for a given name, two and
     * «ی» for a surname, so that almost every name is new, as in real news, and the model must learn from the words
     * around names (trained on eight names seen again and again, a model learns those eight and nothing else).
     */
    private static final List<String> SYLLABLES = List.of("کا", "مبد", "ری", "تا", "سو", "نا", "بر", "دیا", "شر",
            "وین", "ما", "هور", "لا", "زو", "پی", "تاش", "گل", "پر", "سم", "گان", "ور");
    private static final List<String> TRAIN_PLACES = List.of("ورزنه", "کلیشاد", "دهاقان", "فریدونشهر", "سمیرم");
    private static final List<String> TEMPLATES = List.of(
            "PER در نشست خبری امروز گفت که کار این طرح تا پایان سال ادامه دارد .",
            "به گفته PER ، ساخت این جاده در LOC آغاز شده است .",
            "PER پس از سفر به LOC با مردم این منطقه دیدار کرد .",
            "گزارش PER درباره وضعیت آب در LOC منتشر شد .",
            "وزیر ORG در این باره بیانیه داد و از مردم خواست آرام باشند .", // a model that learnt a role's end as a name
            "مراسم بزرگداشت HON امروز در LOC برگزار شد ."); // a name with an honorific, one gold token as in PEYMA

    @TempDir
    static Path dir;
    private static TextLayer withModel;
    private static TextLayer without;

    @BeforeAll
    static void train() throws IOException {
        Path gold = dir.resolve("train.txt");
        Files.writeString(gold, corpus(new Random(7), 400), StandardCharsets.UTF_8);
        Path models = Files.createDirectories(dir.resolve("models"));
        NameModelTrainer.write(NameModelTrainer.train("fa", GoldSentences.read(gold), 50), models.resolve("fa.bin"));
        System.setProperty("khabar.enrich.entities.models", models.toString());
        try {
            withModel = new TextLayer(StandaloneConfig.load());
        } finally {
            System.clearProperty("khabar.enrich.entities.models");
        }
        without = new TextLayer(StandaloneConfig.load());
    }

    /** Sentences in PEYMA's layout ({@code token|B_PER}), names made of syllables, places from the training list. */
    static String corpus(Random random, int sentences) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            for (String token : TEMPLATES.get(random.nextInt(TEMPLATES.size())).split(" ")) {
                List<String> words = switch (token) {
                    case "PER" -> List.of(name(random), name(random) + "ی");
                    case "HON" -> List.of(name(random), name(random) + "ی", "(س)");
                    case "LOC" -> List.of(pick(random, TRAIN_PLACES));
                    case "ORG" -> List.of("دفاع", pick(random, TRAIN_PLACES)); // as PEYMA tags «[وزارت] دفاع X»
                    default -> List.of(token);
                };
                for (int w = 0; w < words.size(); w++) {
                    String type = token.equals("HON") ? "PER" : token;
                    String tag = type.matches("PER|LOC|ORG") ? (w == 0 ? "B_" : "I_") + type : "O";
                    out.append(words.get(w)).append('|').append(tag).append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String name(Random random) {
        return pick(random, SYLLABLES) + pick(random, SYLLABLES);
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static List<Mention> mentions(TextLayer layer, String text) {
        return layer.enrich(new ArticleText(text, null, null)).entities().mentions();
    }

    @Test
    void aTrainedModelKeepsTheServicesFeaturesAndOneSequence() throws IOException {
        TokenNameFinderModel model = new TokenNameFinderModel(dir.resolve("models").resolve("fa.bin"));
        byte[] descriptor = model.getArtifact("generator.featuregen");
        assertEquals(new String(NameModelTrainer.features(), StandardCharsets.UTF_8),
                new String(descriptor, StandardCharsets.UTF_8));
        assertTrue(new String(descriptor, StandardCharsets.UTF_8).contains("SuffixFeatureGeneratorFactory"));
        assertEquals("1", model.getManifestProperty("BeamSize"));
    }

    @Test
    void theModelFindsAPersonNoRuleFindsWithAnIdFromTheSound() {
        String text = "داریوش کرمانشاهی در نشست خبری امروز گفت که کار این طرح تا پایان سال ادامه دارد.";
        assertTrue(mentions(without, text).stream().noneMatch(m -> m.type().equals(Entity.PERSON)),
                "without a model no rule finds this person");
        Mention person = mentions(withModel, text).stream().filter(m -> m.type().equals(Entity.PERSON)).findFirst()
                .orElseThrow(() -> new AssertionError("the model found no person in: " + text));
        assertEquals("model", person.evidence());
        assertTrue(person.surface().endsWith("کرمانشاهی"), person.surface());
        assertEquals("khabar:person:~" + NameKey.phonetic("کرمانشاهی").replace(' ', '-'), person.entityId());
    }

    @Test
    void aNameEndingInABracketedHonorificEndsAfterTheBracket() {
        String text = "مراسم بزرگداشت نیوشا گلپری (س) امروز در سمیرم برگزار شد.";
        Mention person = mentions(withModel, text).stream().filter(m -> m.type().equals(Entity.PERSON)).findFirst()
                .orElseThrow(() -> new AssertionError("the model found no person in: " + text));
        assertEquals("model", person.evidence());
        assertEquals("نیوشا گلپری (س)", person.surface(), "the bracket closed, not «نیوشا گلپری (س»");
        assertEquals(text.indexOf(")") + 1, person.end());
        assertEquals(person.surface(), text.substring(person.start(), person.end()));
    }

    @Test
    void aKnownNameKeepsItsEntityWhereTheModelAlsoSeesAName() {
        String text = "ویکتور خرنین در نشست خبری امروز گفت که کار این طرح تا پایان سال ادامه دارد.";
        Mention person = mentions(withModel, text).stream().filter(m -> m.type().equals(Entity.PERSON)).findFirst()
                .orElseThrow();
        assertEquals("khabar:person:viktor-khrenin", person.entityId());
        assertEquals("gazetteer", person.evidence());
    }

    @Test
    void titlesAndPositionsAreNeverPartOfAModelsName() {
        String text = "وزیر دفاع کلیشاد در این باره بیانیه داد و از مردم خواست آرام باشند.";
        assertTrue(mentions(withModel, text).stream().noneMatch(m -> m.surface().contains("دفاع")),
                () -> "a role taken as a name: " + mentions(withModel, text));
    }

    @Test
    void aMissingFolderABadFileNameAndAFileThatIsNoModelAreNamed() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NameModels.load(Optional.of(missing)));
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());

        Path badName = Files.createDirectories(dir.resolve("bad-name"));
        Files.write(badName.resolve("persian-model.bin"), new byte[] {1, 2, 3});
        e = assertThrows(IllegalArgumentException.class, () -> NameModels.load(Optional.of(badName)));
        assertTrue(e.getMessage().contains("persian-model.bin") && e.getMessage().contains("language"),
                e.getMessage());

        Path corrupt = Files.createDirectories(dir.resolve("corrupt"));
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        Files.write(corrupt.resolve("fa.bin"), noise);
        e = assertThrows(IllegalArgumentException.class, () -> NameModels.load(Optional.of(corrupt)));
        assertTrue(e.getMessage().contains("fa.bin") && e.getMessage().contains("not an OpenNLP"), e.getMessage());

        assertEquals(NameModels.NONE, NameModels.load(Optional.empty()));
    }

    @Test
    void goldFilesInAllThreeLayoutsAndTheirErrors() throws IOException {
        Path peyma = dir.resolve("peyma.txt");
        Files.writeString(peyma, "علی|B_PER\nلاریجانی|I_PER\nگفت|O\n\nتهران|B_LOC\n", StandardCharsets.UTF_8);
        List<GoldSentences.Sentence> p = GoldSentences.read(peyma);
        assertEquals(2, p.size());
        assertEquals(List.of(new GoldSentences.Name(0, 2, "PER")), GoldSentences.names(p.get(0).tags()));

        Path germeval = dir.resolve("germeval.tsv");
        Files.writeString(germeval, "# http://example.org 2009\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n"
                + "3\tin\tO\tO\n4\tBerlin\tB-LOC\tO\n5\tdeutsche\tB-LOCderiv\tO\n6\tUS-Präsident\tB-LOCpart\tO\n",
                StandardCharsets.UTF_8);
        List<GoldSentences.Sentence> g = GoldSentences.read(germeval);
        assertEquals(List.of(new GoldSentences.Name(0, 2, "PER"), new GoldSentences.Name(3, 4, "LOC")),
                GoldSentences.names(g.get(0).tags()), "LOCderiv and LOCpart are no names");
        assertEquals(List.of(false, false, false, false, false, true), g.get(0).parts(), "LOCpart is a compound's part");
        assertThrows(IllegalArgumentException.class,
                () -> new GoldSentences.Sentence(List.of("a", "b"), List.of("O", "O"), List.of(false)));

        Path conll = dir.resolve("conll.txt");
        Files.writeString(conll, "-DOCSTART- -X- O O\n\nEU NNP I-NTP I-ORG\nrejects VBZ I-VP O\n"
                + "German JJ I-NP I-MISC\n", StandardCharsets.UTF_8);
        assertEquals(List.of(new GoldSentences.Name(0, 1, "ORG")),
                GoldSentences.names(GoldSentences.read(conll).get(0).tags()), "IOB1: I- starts a name");

        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, "علی|B_PER\nلاریجانی\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldSentences.read(broken));
        assertTrue(e.getMessage().contains("broken.txt:2"), e.getMessage());

        List<GoldSentences.Sentence> noNames = new ArrayList<>(GoldSentences.read(peyma));
        noNames.replaceAll(s -> new GoldSentences.Sentence(s.tokens(), s.tags().stream().map(t -> "O").toList()));
        e = assertThrows(IllegalArgumentException.class, () -> NameModelTrainer.train("fa", noNames, 5));
        assertTrue(e.getMessage().contains("no PER, LOC or ORG"), e.getMessage());
    }
}
