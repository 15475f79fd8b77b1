package dev.crosscheck.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One folded text with offsets, for anchoring (code points) and for the checks' matchers (UTF-16 chars). */
class FoldedTextTest {

    @Test
    void foldsScriptWidthAndCaseAndDropsSpacesQuotesAndPinyin() {
        FoldedText t = FoldedText.of("杭州“六小龍” 創(chuàng)新ＡＢ");
        assertThat(t.folded()).isEqualTo("杭州六小龙创新ab");
    }

    @Test
    void everyFoldedCharMapsBackToTheCharItCameFrom() {
        String text = "創(chuàng)新 “DeepSeek”";
        FoldedText t = FoldedText.of(text);
        int d = t.folded().indexOf('d');
        assertThat(text.substring(t.originalCharStart(d), t.originalCharEnd(d + 7))).isEqualTo("DeepSeek");
        int xin = t.folded().indexOf('新');
        assertThat(text.charAt(t.originalCharStart(xin))).isEqualTo('新');
        // An offset inside the dropped pinyin finds the next folded char.
        assertThat(t.foldedCharAt(text.indexOf("chuàng"))).isEqualTo(xin);
        assertThat(t.foldedCharAt(text.length())).isEqualTo(t.folded().length());
    }

    @Test
    void codePointOffsetsCountSupplementaryCharactersOnce() {
        String text = "𠀀年 5.6%";
        FoldedText t = FoldedText.of(text);
        int five = t.folded().codePointCount(0, t.folded().indexOf('5'));
        assertThat(t.originOfCodePoint(five)).isEqualTo(3);
        assertThat(text.substring(t.originalCharStart(t.folded().indexOf('5')))).isEqualTo("5.6%");
        assertThat(t.originalCharEnd(0)).isEqualTo(2);
    }
}
