package dev.crosscheck.claim.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTest {

    @ParameterizedTest(name = "{0} -> [{2}, {3}]")
    @CsvSource(delimiter = '|', value = {
            "2048            | NUMBER   | 2048       | 2048",
            "'2,048'         | NUMBER   | 2048       | 2048",
            "557.6萬         | NUMBER   | 5576000    | 5576000",
            "3.2亿           | NUMBER   | 320000000  | 320000000",
            "3.2億           | NUMBER   | 320000000  | 320000000",
            "5.576 million   | NUMBER   | 5576000    | 5576000",
            "60%             | PERCENT  | 60         | 60",
            "六成            | PERCENT  | 55         | 65",   // a share rounded to tenths
            "逾六成          | PERCENT  | 60         | Infinity",
            "不超过5万       | NUMBER   | 0          | 50000",
            "低于600万       | NUMBER   | 0          | 6000000",
            "100多           | NUMBER   | 100        | 200",
            "榜首            | RANK     | 1          | 1",
            "1/10            | FRACTION | 0.1        | 0.1",
            "第4位           | RANK     | 4          | 4",
            "第 4位          | RANK     | 4          | 4",
            "4th             | RANK     | 4          | 4",
            "第二            | RANK     | 2          | 2",
            "一半            | RELATIVE | 0.5        | 0.5",
            "过半            | RELATIVE | 0.5        | 1",
            "三家            | NUMBER   | 3          | 3",
            "three           | NUMBER   | 3          | 3",
            "二十八          | NUMBER   | 28         | 28",
            "七万亿          | NUMBER   | 7000000000000 | 7000000000000",
            "三亿二千万      | NUMBER   | 320000000  | 320000000",    // 万 ends the last section, it does not scale the whole
            "三億二千萬      | NUMBER   | 320000000  | 320000000",
            "一亿五千万元    | NUMBER   | 150000000  | 150000000",
            "两千万          | NUMBER   | 20000000   | 20000000",
            "超过3.2亿       | NUMBER   | 320000000  | Infinity",
            "more than 45,000 | NUMBER  | 45000      | Infinity",
            "近143           | NUMBER   | 128.7      | 143",
            "nearly 143      | NUMBER   | 128.7      | 143",
            "约1350亿        | NUMBER   | 121500000000 | 148500000000",
            "about 100       | NUMBER   | 90         | 110",
            "280多           | NUMBER   | 280        | 290",
            "200多           | NUMBER   | 200        | 300",
            "70余万          | NUMBER   | 700000     | 800000",
            "万余            | NUMBER   | 10000      | 20000",
            "突破万          | NUMBER   | 10000      | Infinity",
            "2018年          | YEAR     | 2018       | 2018",
            "2月13日         | DATE     | 213        | 213",
    })
    void parsesValuesWithTheirHedges(String text, NumberMention.Kind kind, double low, double high) {
        NumberMention m = NumberParser.parseValue(text).orElseThrow();
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.interval().low()).isCloseTo(low, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(low))));
        assertThat(m.interval().high()).isEqualTo(high, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(high))));
    }

    @Test
    void findsNumbersInASentenceWithTheirPositions() {
        String s = "杭州2018年市级以上孵化器超过138家";
        var all = NumberParser.findAll(s);
        assertThat(all).extracting(NumberMention::kind).containsExactly(NumberMention.Kind.YEAR, NumberMention.Kind.NUMBER);
        NumberMention n = all.get(1);
        assertThat(s.substring(n.start(), n.end())).isEqualTo("超过138");
        assertThat(n.hedge()).isEqualTo("超过");
        assertThat(n.lowExclusive()).isTrue();
    }

    @Test
    void rejectsValuesWithStrayDigits() {
        assertThat(NumberParser.parseValue("3 or 4")).isEmpty();
        assertThat(NumberParser.parseValue("unknown")).isEmpty();
    }

    private static final double INF = Double.POSITIVE_INFINITY;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2048 GPUs       | NUMBER   | 2048     | 2048",
            "2,048           | NUMBER   | 2048     | 2048",
            "557.6萬         | NUMBER   | 5576000  | 5576000",
            "3.2亿           | NUMBER   | 320000000 | 320000000",
            "5.576 million   | NUMBER   | 5576000  | 5576000",
            "60%             | PERCENT  | 60       | 60",
            "六成            | PERCENT  | 55       | 65",
            "1/10            | FRACTION | 0.1      | 0.1",
            "第4位           | RANK     | 4        | 4",
            "4th             | RANK     | 4        | 4",
            "fourth          | RANK     | 4        | 4",
            "No. 2           | RANK     | 2        | 2",
            "一半            | RELATIVE | 0.5      | 0.5",
            "过半            | RELATIVE | 0.5      | 1",
            "半数以上        | RELATIVE | 0.5      | 1",
            "三              | NUMBER   | 3        | 3",
            "three           | NUMBER   | 3        | 3",
            "超过138         | NUMBER   | 138      | INF",
            "近143           | NUMBER   | 128.7    | 143",
            "约1350亿        | NUMBER   | 121500000000 | 148500000000",
            "280多           | NUMBER   | 280      | 290",
            "70余万          | NUMBER   | 700000   | 800000",
            "more than 45,000 | NUMBER  | 45000    | INF",
            "about 77.8 million | NUMBER | 70020000 | 85580000",
            "nearly 800      | NUMBER   | 720      | 800",
            "one tenth       | FRACTION | 0.1      | 0.1",
            "a third         | FRACTION | 0.333333 | 0.333334",
            "two-thirds      | FRACTION | 0.666666 | 0.666667",
            "三分之一        | FRACTION | 0.333333 | 0.333334",
            "四万五千        | NUMBER   | 45000    | 45000",
            "七千七百八十万  | NUMBER   | 77800000 | 77800000",
            "一千零五        | NUMBER   | 1005     | 1005",
            "二十八          | NUMBER   | 28       | 28",
            "三千二          | NUMBER   | 3200     | 3200",
            "七万亿          | NUMBER   | 7000000000000 | 7000000000000",
            "三亿二千万      | NUMBER   | 320000000  | 320000000",    // 万 ends the last section, it does not scale the whole
            "三億二千萬      | NUMBER   | 320000000  | 320000000",
            "一亿五千万元    | NUMBER   | 150000000  | 150000000",
            "两千万          | NUMBER   | 20000000   | 20000000",
            "一百三十八      | NUMBER   | 138      | 138",
    })
    void findsOneMentionInText(String text, NumberMention.Kind kind, String low, String high) {
        List<NumberMention> all = NumberParser.findAll(text.strip());
        assertThat(all).as(text).hasSize(1);
        NumberMention m = all.get(0);
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.interval().low()).isCloseTo(value(low), org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(value(low)))));
        if ("INF".equals(high)) {
            assertThat(m.interval().high()).isInfinite();
        } else {
            assertThat(m.interval().high()).isCloseTo(value(high), org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, value(high))));
        }
    }

    private static double value(String s) {
        return "INF".equals(s) ? INF : Double.parseDouble(s);
    }

    @Test
    void digitsInsideNamesAreNotAmounts() {
        assertThat(NumberParser.findAll("仅用2048块英伟达H800GPU")).extracting(NumberMention::text).containsExactly("2048");
        assertThat(NumberParser.findAll("DeepSeek-V3 beat GPT-4o")).isEmpty();
        assertThat(NumberParser.findAll("G20杭州峰会")).isEmpty();
        assertThat(NumberParser.findAll("超过3.2亿个3D模型")).extracting(NumberMention::text).containsExactly("超过3.2亿");
        assertThat(NumberParser.findAll("1.5m/s")).extracting(NumberMention::text).containsExactly("1.5");
    }

    @Test
    void datesAndYearsInEnglishAndChinese() {
        List<NumberMention> en = NumberParser.findAll("held on February 13, 2025");
        assertThat(en).extracting(NumberMention::kind).containsExactly(NumberMention.Kind.DATE, NumberMention.Kind.YEAR);
        assertThat(en.get(0).interval().low()).isEqualTo(213);
        assertThat(en.get(1).interval().low()).isEqualTo(2025);
        List<NumberMention> zh = NumberParser.findAll("2025年2月13日召开");
        assertThat(zh).extracting(NumberMention::kind).containsExactly(NumberMention.Kind.YEAR, NumberMention.Kind.DATE);
        assertThat(NumberParser.findAll("13 March")).extracting(NumberMention::kind).containsExactly(NumberMention.Kind.DATE);
    }

    @Test
    void hedgesAreReported() {
        assertThat(NumberParser.findAll("超4.5万家").get(0).hedge()).isEqualTo("超");
        assertThat(NumberParser.findAll("about 200").get(0).hedge()).isEqualTo("about");
        assertThat(NumberParser.findAll("200多个").get(0).hedge()).isEqualTo("多");
    }
}
