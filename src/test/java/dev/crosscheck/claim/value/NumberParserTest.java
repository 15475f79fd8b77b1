package dev.crosscheck.claim.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
            "六成            | PERCENT  | 60         | 60",
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
}
