package dev.crosscheck.source.anchor;

import dev.crosscheck.shared.text.FoldedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteAnchorerTest {

    private static AnchorResult anchor(String source, String quote) {
        return QuoteAnchorer.anchor(FoldedText.of(source), quote);
    }

    private static String slice(String text, TextPositionSelector p) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, p.start(), p.end() - p.start());
    }

    @Test
    void simplifiedQuoteFindsTraditionalTextWithInlinePinyin() {
        String source = "一、科技創(chuàng)新與產(chǎn)業(yè)創(chuàng)新深度融合的理論邏輯";
        AnchorResult r = anchor(source, "科技创新与产业创新");
        assertThat(r.isFound()).isTrue();
        assertThat(r.anchor().quote().exact()).isEqualTo("科技創(chuàng)新與產(chǎn)業(yè)創(chuàng)新");
        assertThat(r.anchor().position().start()).isEqualTo(2);
        assertThat(slice(source, r.anchor().position())).isEqualTo(r.anchor().quote().exact());
        assertThat(r.anchor().quote().prefix()).isEqualTo("一、");
        assertThat(r.anchor().quote().suffix()).startsWith("深度融合");
    }

    @Test
    void quoteSpansLineBreaksAndLetterSpacingOfAPdfExtraction() {
        String source = "杭州深度求索人工智能基\n\n础技术研究有限公司（以下简称\n\n“深度求索”）运用 算 法 优势";
        AnchorResult r = anchor(source, "杭州深度求索人工智能基础技术研究有限公司(以下简称\"深度求索\")运用算法优势");
        assertThat(r.isFound()).isTrue();
        assertThat(r.anchor().position().start()).isZero();
        assertThat(r.anchor().quote().exact()).isEqualTo(source);
    }

    @Test
    void fullWidthAndHalfWidthPunctuationAreTheSame() {
        String source = "平台合作客户超4.5万家，服务覆盖200多个国家和地区。";
        assertThat(anchor(source, "平台合作客户超4.5万家,服务覆盖200多个国家和地区").isFound()).isTrue();
        assertThat(anchor("平台合作客户超4.5万家,服务覆盖", "客户超４．５万家，服务").isFound()).isTrue();
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        String source = "𠀋𠀋前文。杭州位居第二";
        AnchorResult r = anchor(source, "杭州位居第二");
        assertThat(r.anchor().position().start()).isEqualTo(5);
        assertThat(r.anchor().position().end()).isEqualTo(11);
        assertThat(slice(source, r.anchor().position())).isEqualTo("杭州位居第二");
    }

    @Test
    void aQuoteWithADifferentDigitIsRejectedWithTheClosestPassage() {
        String source = "仅用2048块英伟达H800GPU和557.6万美元即完成DeepSeek-V3大模型训练";
        AnchorResult r = anchor(source, "仅用2049块英伟达H800GPU");
        assertThat(r.isFound()).isFalse();
        assertThat(r.closest()).isNotNull();
        assertThat(r.closest().text()).contains("2048块英伟达");
        assertThat(r.closest().start()).isZero();
        assertThat(r.closest().similarity()).isBetween(0.5, 0.99);
    }

    @Test
    void aQuoteWithADifferentWordIsRejected() {
        assertThat(anchor("杭州位居第二,仅次于北京", "杭州位居第一,仅次于北京").isFound()).isFalse();
        assertThat(anchor("杭州位居第二,仅次于北京", "杭州位居第二,仅次于上海").isFound()).isFalse();
    }

    @Test
    void blankQuotesAreNeverFound() {
        assertThat(anchor("任何文本", "  ").isFound()).isFalse();
        assertThat(anchor("任何文本", "“”").isFound()).isFalse();
    }

    @Test
    void parenthesisedLatinTextThatIsNotPinyinIsKept() {
        String source = "人工智能(AI)等产业";
        assertThat(anchor(source, "人工智能(AI)等产业").isFound()).isTrue();
        assertThat(anchor(source, "人工智能等产业").isFound()).isFalse();
    }

    @Test
    void openingAndClosingQuotationMarksOfTheQuoteAreKeptInTheSpan() {
        String source = "一个有意思的现象是,“杭州六小龙”或多或少都有着“浙大基因”。当南京发问";
        AnchorResult r = anchor(source, "“杭州六小龙”或多或少都有着“浙大基因”");
        assertThat(r.anchor().quote().exact()).isEqualTo("“杭州六小龙”或多或少都有着“浙大基因”");
        assertThat(slice(source, r.anchor().position())).isEqualTo(r.anchor().quote().exact());
        assertThat(anchor(source, "杭州六小龙”或多或少").anchor().quote().exact()).isEqualTo("杭州六小龙”或多或少");
    }
}
