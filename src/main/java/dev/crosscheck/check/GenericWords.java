package dev.crosscheck.check;

import dev.crosscheck.shared.text.TextFolder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words of the language that carry no fact of their own ("目前", "公司", "reported", "has"): a
 * sentence using them asserts nothing evidence must cover. Language knowledge, not corpus
 * knowledge, so it ships in the jar ({@value #RESOURCE}), one word per line; English words are
 * stored as the stems the English analyser produces. After a line {@code [direction]} come the
 * words that state which way a figure went: verbs, but never left unchecked.
 */
final class GenericWords {

    static final String RESOURCE = "check/generic-words.txt";

    private final Set<String> words;
    private final Set<String> direction;

    private GenericWords(Set<String> words, Set<String> direction) {
        this.words = Set.copyOf(words);
        this.direction = Set.copyOf(direction);
    }

    static GenericWords load(Analyzer english) {
        Set<String> out = new HashSet<>();
        Set<String> direction = new HashSet<>();
        Set<String> target = out;
        try (InputStream in = GenericWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (w.equals("[direction]")) {
                    target = direction;
                    continue;
                }
                if (w.isEmpty() || w.startsWith("#")) {
                    continue;
                }
                target.add(TextFolder.fold(w));
                if (w.chars().allMatch(c -> c < 128)) {
                    target.addAll(stems(english, w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GenericWords(out, direction);
    }

    private static Set<String> stems(Analyzer english, String w) {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = english.tokenStream("f", w)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A word that states which way a figure went ("增长", "fell"): never a soft word, whatever its part of speech. */
    boolean isDirection(String folded) {
        return direction.contains(folded);
    }

    boolean isGeneric(String folded) {
        return words.contains(folded);
    }
}
