package dev.crosscheck.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese synonyms from the extended HIT Tongyici Cilin (同义词词林扩展版) that ships with HanLP
 * ({@value #RESOURCE}). Only its synonym groups (code ending in {@code =}) are read, not its groups
 * of related words ({@code #}): 位于 and 坐落 are one, 客户 and 用户 are not. Words of one character
 * are left out; they are too ambiguous to stand for a word of a claim.
 *
 * <p>A synonym lets a claim's words cover a word of the sentence, never name the claim's fact: the
 * word that says which metric a figure is must be the claim's own (ADR 0007).
 */
final class Thesaurus {

    static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";

    private final Map<String, Set<String>> synonyms;

    private Thesaurus(Map<String, Set<String>> synonyms) {
        this.synonyms = synonyms;
    }

    static Thesaurus load() {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = Thesaurus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path (it ships in HanLP's jar)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.replace("\uFEFF", "").strip().split("\\s+");
                if (f.length < 3 || !f[0].endsWith("=")) {
                    continue;
                }
                List<String> group = java.util.Arrays.stream(f, 1, f.length).filter(w -> w.codePointCount(0, w.length()) >= 2).toList();
                for (String w : group) {
                    Set<String> s = out.computeIfAbsent(w, k -> new LinkedHashSet<>());
                    group.stream().filter(x -> !x.equals(w)).forEach(s::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Thesaurus(Map.copyOf(out));
    }

    /** The synonyms of a Simplified Chinese word, without the word itself; empty when it has none. */
    Set<String> of(String word) {
        return synonyms.getOrDefault(word, Set.of());
    }
}
