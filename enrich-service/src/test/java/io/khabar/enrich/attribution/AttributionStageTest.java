package io.khabar.enrich.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import io.khabar.enrich.clean.BoilerplateRules;
import io.khabar.enrich.clean.CleaningStage;
import io.khabar.enrich.pipeline.ArticleText;
import org.junit.jupiter.api.Test;

class AttributionStageTest {

    private final CleaningStage cleaning = new CleaningStage(BoilerplateRules.load(Optional.empty()), 40);
    private final AttributionStage stage = new AttributionStage(Outlets.load(Optional.empty()));

    private AttributionResult attribute(String text) {
        ArticleText article = new ArticleText(text, null, null);
        article.put(CleaningStage.NAME, cleaning.apply(article));
        return stage.apply(article);
    }

    private static List<String> names(AttributionResult r, String role) {
        return r.credits().stream().filter(c -> c.role().equals(role)).map(Credit::name).toList();
    }

    @Test
    void reutersDatelineWithItsDateIsMetadata() {
        String text = "MOSCOW, July 31 (Reuters) - Russia's defence minister met his Iranian counterpart on Monday, "
                + "the ministry said in a statement.";
        AttributionResult r = attribute(text);
        assertEquals(List.of("Reuters"), names(r, Credit.OUTLET));
        assertEquals(List.of("MOSCOW"), names(r, Credit.DATELINE));
        int july = text.indexOf("July 31");
        assertTrue(r.isAttribution(july, july + 7), "the dateline's date is inside the attribution phrase");
    }

    @Test
    void dpaInParenthesesAndOutletColon() {
        assertEquals(List.of("dpa"), names(attribute("Die Regierung hat neue Regeln beschlossen (dpa). Ein Sprecher "
                + "bestätigte das am Abend in Berlin vor Journalisten."), Credit.OUTLET));
        assertEquals(List.of("IRNA"), names(attribute("IRNA: Iran's defence minister met his Belarusian counterpart in "
                + "Tehran on Monday to sign a memorandum."), Credit.OUTLET));
    }

    @Test
    void aDateBeforeAColonIsNotAnOutlet() {
        AttributionResult r = attribute("19 دی: وزرای دفاع ایران و بلاروس روز دوشنبه در تهران تفاهمنامه امضا کردند.");
        assertTrue(r.credits().isEmpty(), r.credits().toString());
    }

    @Test
    void beGozareshWithAgencyAndPlace() {
        AttributionResult r = attribute("به گزارش خبرگزاری تسنیم از کرج، حسین محمدی در نشست خبری مشترک با معاون "
                + "استاندار گفت که کار ادامه دارد.");
        assertEquals(List.of("خبرگزاری تسنیم"), names(r, Credit.OUTLET));
        assertEquals(List.of("کرج"), names(r, Credit.DATELINE));
    }

    @Test
    void bylineNamesTheReporter() {
        AttributionResult r = attribute("Iran and Belarus sign defence pact\nBy Jane Smith\nThe defence ministers of Iran "
                + "and Belarus signed a memorandum on Monday in Tehran.");
        assertEquals(List.of("Jane Smith"), names(r, Credit.REPORTER));
        assertEquals(0, r.headline().start());
    }

    @Test
    void parenthesesThatNameNoOutletAreNoDateline() {
        assertTrue(attribute("Bundeskanzler Olaf Scholz (SPD) - Die Regierung wird das Gesetz noch in diesem Jahr "
                + "einbringen, sagte er.").credits().isEmpty());
        assertTrue(attribute("The World Health Organization (WHO) - The agency warned on Monday that cases are "
                + "rising again.").credits().isEmpty());
        assertTrue(attribute("Bundeskanzler Olaf Scholz (SPD): Die Regierung wird das Gesetz einbringen, sagte er "
                + "am Montag.").credits().isEmpty());
    }

    @Test
    void quotedOutletsOrdinaryWordsAndCapitalisedHeadlinesAreToldApart() {
        AttributionResult quoting = attribute("به گزارش ایسنا به نقل از رویترز، وزیران خارجه دو کشور روز دوشنبه در "
                + "ژنو دیدار کردند.");
        assertEquals(List.of("ایسنا", "رویترز"), names(quoting, Credit.OUTLET));
        assertTrue(names(quoting, Credit.DATELINE).isEmpty());
        assertTrue(attribute("ایران: هیچ مذاکره‌ای درباره برنامه هسته‌ای در جریان نیست و گفت‌وگوها متوقف شده است.")
                .credits().isEmpty());
        assertTrue(attribute("Von Berlin nach Paris\nDie Bahn fährt ab Dezember wieder direkt von Berlin nach Paris, "
                + "teilte das Unternehmen mit.").credits().isEmpty());
        AttributionResult sentence = attribute("او گفت که کار به گزارش کمیسیون برنامه و بودجه اشاره کرد. او روز ۱۵ مهر "
                + "گفت، همه چیز آماده است.");
        assertTrue(names(sentence, Credit.OUTLET).stream().noneMatch(n -> n.contains("مهر")), sentence.toString());
    }

    @Test
    void lettersWhoseLowerCaseIsLongerDoNotShiftOffsets() {
        String text = "به گزارش İİİİİİİİ AFP، وزیران خارجه دو کشور روز دوشنبه در ژنو با یکدیگر دیدار کردند.";
        AttributionResult r = attribute(text);
        r.credits().forEach(c -> assertEquals(text.substring(c.start(), c.end()), c.name()));
        assertTrue(names(r, Credit.OUTLET).contains("AFP"), r.toString());
    }
}
