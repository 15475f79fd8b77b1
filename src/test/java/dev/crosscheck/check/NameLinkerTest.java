package dev.crosscheck.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Long Chinese names found as a sentence writes them: a few characters added or left out, never many. */
class NameLinkerTest {

    private static final String NAME = "推进科技创新产业创新深度融合座谈会";

    @Test
    void nameWithFunctionWordsAddedIsFoundWhole() {
        String sentence = "王浩主持召开了推进科技创新与产业创新深度融合的座谈会。";
        int[] span = NameLinker.approximately(sentence, NAME);
        assertThat(span).isNotNull();
        assertThat(sentence.substring(span[0], span[1])).isEqualTo("推进科技创新与产业创新深度融合的座谈会");
    }

    @Test
    void nameWrittenExactlyIsFoundExactly() {
        String sentence = "召开" + NAME + "。";
        int[] span = NameLinker.approximately(sentence, NAME);
        assertThat(sentence.substring(span[0], span[1])).isEqualTo(NAME);
    }

    @Test
    void nameMissingAQuarterOfItsCharactersIsNotFound() {
        assertThat(NameLinker.approximately("王浩主持召开了科技创新深度融合座谈会", NAME)).isNull();
    }

    @Test
    void nameWithTooManyCharactersInsertedIsNotFound() {
        assertThat(NameLinker.approximately("推进了各项科技与文化创新以及产业的创新和深度的融合的一次座谈会", NAME)).isNull();
    }
}
