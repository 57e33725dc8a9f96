package io.khabar.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each ZWNJ rule, where it applies and where it must not. */
class ZwnjRepairTest {

    private static final String Z = "\u200C";

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            // mi-prefix: a conjugated verb after می/نمی
            "mi-prefix, میکند, می|کند",
            "mi-prefix, میتوانند, می|توانند",
            "mi-prefix, نمیشود, نمی|شود",
            "mi-prefix, میبرند, می|برند",
            "mi-prefix, میکرد, می|کرد",
            "mi-prefix, میگویند, می|گویند",
            "mi-prefix, میخواهد, می|خواهد",
            // plural-ha
            "plural-ha, همکاریهای, همکاری|های",
            "plural-ha, تحریمها, تحریم|ها",
            "plural-ha, توانمندیها, توانمندی|ها",
            "plural-ha, منطقههای, منطقه|های",
            // heh-ye
            "heh-ye, منطقهای, منطقه|ای",
            "heh-ye, ویژهای, ویژه|ای",
            "heh-ye, هستهای, هسته|ای",
            "heh-ye, کنندهای, کننده|ای",
            // compound
            "compound, بینالمللی, بین|المللی",
            "compound, گفتوگو, گفت|وگو",
            "compound, مسالمتآمیز, مسالمت|آمیز",
    })
    void repairs(String rule, String stripped, String expected) {
        assertEquals(expected.replace("|", Z), ZwnjRepair.repair(stripped), rule);
    }

    @ParameterizedTest(name = "{0} stays {0}")
    @CsvSource({
            "میلیون", "میلیارد", "میزبان", "میهمان", "مینسک", "میرزا", "میدان", "میان", // begin with می, not verbs
            "میلادی", "میانجیگری", "میزگرد", "میکروبی", "میرزایی", "میرحسینی", "میانمار",
            "تنها", "رها", "آنها", "انتهای", "منتها", // end in ها, not plurals
            "کشوری", "دیدار", "جدیدی", // nothing to repair
            "می" + Z + "کند", "همکاری" + Z + "ها", // already has its joiner
    })
    void leavesAlone(String word) {
        assertEquals(word, ZwnjRepair.repair(word));
    }

    @org.junit.jupiter.api.Test
    void repairsInsideRunningTextAndLeavesOtherScriptsAlone() {
        assertEquals("ایران از هرگونه تلاش حمایت می" + Z + "کند (Iran supports) 2023",
                ZwnjRepair.repair("ایران از هرگونه تلاش حمایت میکند (Iran supports) 2023"));
        assertEquals("", ZwnjRepair.repair(""));
    }
}
