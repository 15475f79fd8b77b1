package dev.crosscheck.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * English senses of Chinese words, from CC-CEDICT (CC BY-SA 4.0; {@value #RESOURCE}, built by
 * {@code src/build/glossary/build.py}): the bridge through which an English sentence's words meet
 * a Chinese quote. "laboratories" names a claim whose quote says 实验室 because CC-CEDICT glosses
 * 实验室 as "laboratory".
 *
 * <p>A gloss is a translation of the claim's own word, not a synonym of it: the glosses of a
 * quote's words name its fact as the quote does, the glosses of the surrounding source sentence
 * only cover. Words of one character are not in the glossary (too ambiguous), and a text's words
 * are every glossary word it contains, so a word is found whatever the segmenter would make of it.
 */
final class Glossary {

    static final String RESOURCE = "check/glossary-zh-en.tsv.gz";
    /** The longest word looked up: longer entries are idioms and names, which the catalog knows better. */
    private static final int MAX_WORD = 6;

    private final Map<String, String> senses;
    /** English stems of each word's senses, computed on first use: only the claims' words are ever asked for. */
    private final Map<String, Set<String>> stems = new ConcurrentHashMap<>();

    private Glossary(Map<String, String> senses) {
        this.senses = senses;
    }

    static Glossary load() {
        Map<String, String> out = new HashMap<>(1 << 18);
        try (InputStream raw = Glossary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Glossary(out);
    }

    /**
     * The words of a folded text, longest glossary word first from left to right, each as the
     * English stems of its senses: how a name's words are counted ("加快推动产业发展的指导意见"
     * is 加快, 推动, 产业, 发展, 指导, 意见). Characters in no glossary word are left out.
     */
    java.util.List<Set<String>> wordsIn(String folded, Function<String, Set<String>> stemmer) {
        java.util.List<Set<String>> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            int found = 0;
            for (int len = Math.min(MAX_WORD, folded.length() - i); len >= 2 && found == 0; len--) {
                String w = folded.substring(i, i + len);
                if (TermAnalyzer.isHan(w) && senses.containsKey(w)) {
                    found = len;
                    Set<String> st = stems.computeIfAbsent(w, k -> Set.copyOf(stemmer.apply(senses.get(k))));
                    if (!st.isEmpty()) {
                        out.add(st);
                    }
                }
            }
            i += Math.max(found, 1);
        }
        return out;
    }

    /**
     * The English stems of every glossary word in a folded (Simplified) text, each word's senses
     * stemmed once by {@code stemmer}.
     */
    Set<String> stemsIn(String folded, Function<String, Set<String>> stemmer) {
        Set<String> out = new LinkedHashSet<>();
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            for (int len = 2; len <= MAX_WORD && i + len <= n; len++) {
                String w = folded.substring(i, i + len);
                if (!TermAnalyzer.isHan(w)) {
                    break;
                }
                String s = senses.get(w);
                if (s != null) {
                    out.addAll(stems.computeIfAbsent(w, k -> Set.copyOf(stemmer.apply(s))));
                }
            }
        }
        return out;
    }
}
