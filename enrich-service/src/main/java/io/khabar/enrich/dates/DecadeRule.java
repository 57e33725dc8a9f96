package io.khabar.enrich.dates;

import static io.khabar.enrich.dates.TrieRegex.LB;
import static io.khabar.enrich.dates.TrieRegex.NRB;
import static io.khabar.enrich.dates.TrieRegex.RB;
import static io.khabar.enrich.dates.TrieRegex.SEP;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decades: "1990s", "in den 1990er Jahren", "в 1990-е годы", "années 1990", "دهه ۶۰", "دهه 90 میلادی".
 * Gregorian decades get TimeML's value ("199"); a Jalali decade ("دهه ۶۰" is 1360–1369, March 1981 to March
 * 1991) straddles two Gregorian ones and gets none.
 */
final class DecadeRule implements Rule {

    private static final Pattern DECADE = Pattern.compile(LB + "(?:(?<d>1[5-9]\\p{Nd}0|20\\p{Nd}0)(?:'?s|er(?:" + SEP
        + "jahren?|" + RB + ")|-?[ех](?:" + SEP + "(?:годы|годов|годах|гг\\.))?)|années" + SEP
        + "(?<d2>1[5-9]\\p{Nd}0|20\\p{Nd}0)" + NRB + "|دهه" + TrieRegex.EZAFE + SEP + "(?<fd>\\p{Nd}{2}|\\p{Nd}{4})"
        + NRB + "(?:" + SEP + "(?<era>" + Years.ERAS.regex() + ")" + RB + ")?)" + RB);
    private static final PrefixTrie NOUNS = Words.of("années", "دهه").anchors();

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        for (MatchCursor c = scan.cursor(DECADE,
            k -> scan.digitToken(k) || NOUNS.startsAt(scan.folded, scan.tokenStarts()[k]), 0); c.find(); ) {
            add(c.matcher(), out);
        }
    }

    private static void add(Matcher m, List<Candidate> out) {
        String d = m.group("d") != null ? m.group("d") : m.group("d2");
        if (d != null) {
            out.add(gregorian(m, Digits.parse(d)));
            return;
        }
        String era = Years.ERAS.get(m.group("era"));
        int n = Digits.parse(m.group("fd"));
        if (n % 10 != 0) {
            return;
        }
        if (Candidate.GREGORIAN.equals(era) || n >= 1500) {
            out.add(gregorian(m, n < 100 ? 1900 + n : n)); // "دهه 90 میلادی" is the 1990s
        } else {
            out.add(Candidate.absolute(m.start(), m.end(), Candidate.PERSIAN, "decade", null, 0.8));
        }
    }

    private static Candidate gregorian(Matcher m, int decade) {
        return Candidate.absolute(m.start(), m.end(), Candidate.GREGORIAN, "decade", String.valueOf(decade / 10),
            0.85);
    }
}
