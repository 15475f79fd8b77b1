package dev.crosscheck.check;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences that differ from a supported one in exactly one thing: the metric word, the subject,
 * a second subject, the bound word, the unit's scale, a year, negation and its scope, an added
 * figure. Each row names what changed, the verdict that must follow and, for NOT_ENOUGH_INFO, a
 * part the response must name as uncovered.
 */
@QuarkusTest
class OneChangeAtATimeTest {

    @Inject
    CheckService checks;

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            base                      | DeepSeek-V3的训练成本为557.6万美元                    | SUPPORTED       |
            notation                  | DeepSeek-V3的训练成本为5,576,000美元                  | SUPPORTED       |
            unit scale 万 → 亿          | DeepSeek-V3的训练成本为557.6亿美元                    | CONTRADICTED    |
            other currency dimension  | DeepSeek-V3的训练成本为557.6万元人民币                 | CONTRADICTED    |
            bound: 不超过 above        | DeepSeek-V3的训练成本不超过600万美元                  | SUPPORTED       |
            bound: 低于 below          | DeepSeek-V3的训练成本低于500万美元                    | CONTRADICTED    |
            bound: 超过 below          | DeepSeek-V3的训练成本超过500万美元                    | SUPPORTED       |
            negation of the value     | DeepSeek-V3的训练成本不是557.6万美元                  | CONTRADICTED    |
            negation of another value | DeepSeek-V3的训练成本不是900万美元                    | SUPPORTED       |
            metric word no claim has  | DeepSeek-V3的推理成本为557.6万美元                    | NOT_ENOUGH_INFO | 推理成本
            year no claim gives       | 2019年DeepSeek-V3的训练成本为557.6万美元              | NOT_ENOUGH_INFO | 2019年
            figure added              | DeepSeek-V3的训练成本为557.6万美元，同比下降30%         | NOT_ENOUGH_INFO | 30%
            english                   | DeepSeek-V3's training cost was 5.576 million US dollars | SUPPORTED     |
            english, other scale      | DeepSeek-V3's training cost was 5.576 billion US dollars | CONTRADICTED  |
            base                      | 群核科技的平台合作客户超过4.5万家                      | SUPPORTED       |
            subject changed           | 宇树科技的平台合作客户超过4.5万家                      | NOT_ENOUGH_INFO | 宇树科技
            second subject            | 宇树科技和群核科技的平台合作客户都超过4.5万家            | NOT_ENOUGH_INFO | 宇树科技
            metric word changed       | 群核科技的平台员工超过4.5万人                          | NOT_ENOUGH_INFO | 员工
            bound: 不超过 below        | 群核科技的平台合作客户不超过4万家                      | CONTRADICTED    |
            negation in another clause| 群核科技并非上市公司，平台合作客户超4.5万家              | NOT_ENOUGH_INFO | 上市公司
            traditional script        | 群核科技的平臺合作客戶超過4.5萬家                      | SUPPORTED       |
            base                      | 杭州的上市企业数量位居全国第四                         | SUPPORTED       |
            rank changed              | 杭州的上市企业数量位居全国第三                         | CONTRADICTED    |
            scope changed             | 杭州的上市企业数量位居全球第四                         | NOT_ENOUGH_INFO |
            scope left out            | 杭州的上市企业数量排名第四                             | NOT_ENOUGH_INFO |
            metric left out           | 杭州位居全国第四                                      | NOT_ENOUGH_INFO |
            rank given to another city| 深圳的上市企业数量位居全国第四                         | CONTRADICTED    |
            a rank no source gives    | 深圳的上市企业数量位居全国第五                         | NOT_ENOUGH_INFO | 深圳
            base                      | 杭州两大千亿基金撬动社会资本超过1000亿元                 | SUPPORTED       |
            bound beyond 约's figure   | 杭州两大千亿基金撬动社会资本超过1400亿元                 | CONTRADICTED    |
            english, name paraphrased | The two Hangzhou funds have leveraged about 135 billion yuan of social capital. | SUPPORTED |
            english, no metric word   | The two Hangzhou funds have leveraged about 135 billion yuan. | NOT_ENOUGH_INFO |
            base                      | 厦门留创园累计孵化国际人才企业近800家                    | SUPPORTED       |
            bound: 近 → 超过           | 厦门留创园累计孵化国际人才企业超过800家                  | CONTRADICTED    |
            scope words left out      | 厦门留创园累计孵化企业近800家                           | NOT_ENOUGH_INFO |
            base                      | 2025年杭州平均每天诞生280多家企业                     | SUPPORTED       |
            counted thing narrowed    | 2025年杭州平均每天诞生280多家科技企业                  | NOT_ENOUGH_INFO | 科技企业
            scale inside the numeral  | 群核科技拥有超过三亿二千万个3D模型                      | SUPPORTED       |
            a tenth of it in words    | 群核科技拥有三千二百万个3D模型                         | CONTRADICTED    |
            open bound, ten times     | 群核科技拥有超过32亿个3D模型                           | CONTRADICTED    |
            open bound, twice         | 群核科技拥有超过6.4亿个3D模型                          | NOT_ENOUGH_INFO |
            english, name in its words| The West Lake Talent Program was launched in 2020.    | SUPPORTED       |
            english, its year changed | The West Lake Talent Program was launched in 2021.    | CONTRADICTED    |
            english, Chinese-only name| Hangzhou issued its guiding opinions on speeding up future industries in 2018. | SUPPORTED |
            english, year changed     | Hangzhou issued its guiding opinions on speeding up future industries in 2019. | CONTRADICTED |
            base                      | 浙江省的研发经费投入强度低于北京、上海、深圳              | SUPPORTED       |
            comparison turned round   | 浙江省的研发经费投入强度比北京、上海、深圳高              | CONTRADICTED    |
            turned round and denied   | 浙江省的研发经费投入强度并不比北京、上海、深圳高           | SUPPORTED       |
            comparison denied         | 浙江省的研发经费投入强度不低于北京                       | CONTRADICTED    |
            no comparison stated      | 浙江省的研发经费投入强度和北京相当                       | NOT_ENOUGH_INFO |
            long name written loosely | 推进科技创新与产业创新深度融合的座谈会于2月13日召开        | SUPPORTED       |
            date changed              | 推进科技创新与产业创新深度融合的座谈会于2月14日召开        | CONTRADICTED    |
            """)
    void oneChange(String change, String sentence, Verdict expected, String uncoveredPart) {
        CheckResult r = checks.check(new CheckInput.Text(sentence, null));
        String why = change + ": " + sentence + " → " + r.explanation();
        assertThat(r.verdict()).as(why).isEqualTo(expected);
        if (uncoveredPart != null) {
            assertThat(r.uncovered()).as(why).extracting(CheckResult.Uncovered::text).anyMatch(t -> t.contains(uncoveredPart));
        }
        if (expected == Verdict.SUPPORTED) {
            assertThat(r.evidence()).as(why).anyMatch(e -> e.relation() == Evidence.Relation.SUPPORTS);
            assertThat(r.uncovered()).as(why).isEmpty();
        }
        if (expected == Verdict.CONTRADICTED) {
            assertThat(r.evidence()).as(why).anyMatch(e -> e.relation() == Evidence.Relation.CONTRADICTS);
        }
    }
}
