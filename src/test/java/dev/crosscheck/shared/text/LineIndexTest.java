package dev.crosscheck.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines and columns in code points, with the YAML reader's line breaks. */
class LineIndexTest {

    @Test
    void positionsAndSlicesCountCodePointsAcrossEveryLineBreak() {
        // LF, CRLF, CR, LS; 𝄞 is one code point (two UTF-16 units)
        LineIndex lines = LineIndex.of("a𝄞c\r\n杭州\rx\u2028yz\n");
        assertThat(lines.lines()).isEqualTo(5);
        assertThat(lines.length(1)).isEqualTo(3);
        assertThat(lines.length(2)).isEqualTo(2);
        assertThat(lines.length(5)).isZero();
        assertThat(lines.position(0)).containsExactly(1, 1);
        assertThat(lines.position(2)).containsExactly(1, 3);
        assertThat(lines.position(5)).containsExactly(2, 1);
        assertThat(lines.position(6)).containsExactly(2, 2);
        assertThat(lines.position(8)).containsExactly(3, 1);
        assertThat(lines.position(10)).containsExactly(4, 1);
        assertThat(lines.slice(1, 2, 1, 4)).isEqualTo("𝄞c");
        assertThat(lines.slice(1, 3, 2, 2)).isEqualTo("c\r\n杭");
        assertThat(lines.contains(2, 3)).isTrue();
        assertThat(lines.contains(2, 4)).isFalse();
        assertThat(lines.contains(6, 1)).isFalse();
    }

    @Test
    void trimmedEndLeavesOutTrailingWhiteSpace() {
        LineIndex lines = LineIndex.of("key: value   \n   \n");
        assertThat(lines.trimmedEnd(1)).isEqualTo(11);
        assertThat(lines.trimmedEnd(2)).isEqualTo(1);
    }
}
