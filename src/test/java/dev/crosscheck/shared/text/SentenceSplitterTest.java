package dev.crosscheck.shared.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void decimalPointsAndAbbreviationsDoNotEndASentence() {
        assertThat(sentences("DeepSeek is ranked No. 2 in the list. Its cost was 5.576 million dollars! Mr. Wang agreed."))
                .containsExactly("DeepSeek is ranked No. 2 in the list.", "Its cost was 5.576 million dollars!", "Mr. Wang agreed.");
    }

    @Test
    void chineseFullStopsQuotesAndParentheses() {
        assertThat(sentences("成本为557.6万美元。他说：“我们做到了。”（见图1。）然后呢？是的！"))
                .containsExactly("成本为557.6万美元。", "他说：“我们做到了。”", "（见图1。）", "然后呢？", "是的！");
    }

    @Test
    void lineBreaksEndSentencesAndBlankTextGivesNone() {
        assertThat(sentences("标题没有标点\n\n  第一段的句子。 Second sentence.\r\n")).containsExactly("标题没有标点", "第一段的句子。", "Second sentence.");
        assertThat(sentences(" \n\u3000 ")).isEmpty();
    }

    @Test
    void spansPointIntoTheTextTrimmed() {
        String text = "  A first one.   第二句。 ";
        assertThat(SentenceSplitter.split(text)).containsExactly(new SentenceSplitter.Span(2, 14), new SentenceSplitter.Span(17, 21));
    }
}
