package io.khabar.enrich.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Titles, ranks and roles that stand before a person's name in news, per language: after one, a name the knowledge
 * base does not know is still a person. The lists are the conventions of each language's press; no library has them.
 */
final class Titles {

    private static final List<String> TITLES = List.of(
            // Persian: ranks and honorifics only; a role such as «وزیر دفاع» follows the name in Persian news
            // («آشتیانی وزیر دفاع»), and what follows a role is usually not a name («وزیر دفاع کشور بلاروس»)
            "امیر", "سرتیپ", "سرتیپ دوم", "امیر سرتیپ", "سرلشکر", "سرلشکر پاسدار", "پاسدار", "سردار",
            "سردار سرلشکر", "سپهبد", "سرهنگ", "دریادار", "ارتشبد", "ژنرال", "آیت الله", "آیت‌الله", "آیت الله العظمی",
            "آیت‌الله العظمی", "حجت الاسلام", "حجت الاسلام والمسلمین", "حجت‌الاسلام والمسلمین",
            "حجت‌الاسلام",
            // German
            "Präsident", "Präsidentin", "Ministerpräsident", "Bundeskanzler", "Kanzler", "Minister", "Ministerin",
            "Außenminister", "Aussenminister", "Verteidigungsminister", "Brigadegeneral", "General", "Generalmajor",
            "Generalleutnant", "Oberst", "Admiral", "Ayatollah", "Amtskollege", "Amtskollegen", "Regierungschef",
            "Botschafter", "Revolutionsführer",
            // English
            "President", "Prime Minister", "Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
            "Brigadier General", "Major General", "General", "Colonel", "Admiral", "Ayatollah", "Ambassador",
            "counterpart", "Gen.", "Gen",
            // Russian
            "президент", "премьер-министр", "министр", "министр обороны", "министр иностранных дел", "генерал",
            "генерал-майор", "генерал-лейтенант", "полковник", "адмирал", "аятолла", "посол", "коллега",
            // Arabic
            "الرئيس", "وزير الدفاع", "وزير الخارجية", "اللواء", "العميد", "الفريق", "آية الله");

    private final Set<String> keys = new HashSet<>();
    private final PhraseIndex index;

    Titles() {
        for (String t : TITLES) {
            keys.add(NameKey.exact(t));
        }
        index = new PhraseIndex(keys);
    }

    /** The number of words of the longest title that ends at word {@code end - 1}, 0 if none does. */
    int endingAt(List<String> wordKeys, int end) {
        for (int n = Math.min(end > 0 ? index.longestTo(wordKeys.get(end - 1)) : 0, end); n >= 1; n--) {
            if (keys.contains(PhraseIndex.phrase(wordKeys, end - n, end))) {
                return n;
            }
        }
        return 0;
    }

    /** Whether the word starting at {@code at} begins a title. */
    boolean startsAt(List<String> wordKeys, int at) {
        for (int n = Math.min(at < wordKeys.size() ? index.longestFrom(wordKeys.get(at)) : 0, wordKeys.size() - at);
                n >= 1; n--) {
            if (keys.contains(PhraseIndex.phrase(wordKeys, at, at + n))) {
                return true;
            }
        }
        return false;
    }
}
