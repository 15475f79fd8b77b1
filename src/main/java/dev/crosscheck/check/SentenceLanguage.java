package dev.crosscheck.check;

import dev.crosscheck.shared.text.TextFolder;

/** The script of a sentence: zh-Hant when a character folds to another (Traditional), zh-Hans for other Chinese, else en. */
final class SentenceLanguage {

    private SentenceLanguage() {
    }

    static String detect(String text) {
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han = true;
                if (TextFolder.fold(cp) != cp) {
                    return "zh-Hant";
                }
            }
            i += Character.charCount(cp);
        }
        return han ? "zh-Hans" : "en";
    }
}
