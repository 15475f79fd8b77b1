package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.shared.text.TextFolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds catalog entities that an English sentence names in its own words rather than by a name
 * the catalog lists: "the guiding opinions on speeding up industry" for a policy the catalog
 * names only in Chinese (加快推动产业发展的指导意见), "the West Sci-Tech Innovation Corridor" for
 * one listed as "West Sci-Tech Corridor".
 *
 * <p>Each entity's words are the stems of its English names and the English senses of its
 * Chinese ones ({@link Glossary}). A run of adjacent English content words names an entity when
 * most of its words are that entity's, at least two are, one of them is rare among the catalog's
 * names or three or more together are (so "national laboratory" alone names nothing), and no
 * other entity fits as well.
 *
 * <p>A long Chinese name is also found written with a few characters more or fewer ("推进科技创新与
 * 产业发展的座谈会" for 推进科技创新产业发展座谈会): an alignment of the name with
 * the sentence that keeps nearly all of the name's characters, in order, with few inserted.
 */
final class NameLinker {

    /** A Chinese name this long or longer may be found approximately; shorter ones only as written. */
    private static final int LONG_NAME = 6;
    /** Share of a long name's characters the sentence must keep, in order. */
    private static final double KEPT = 0.8;
    /** Share of a run's words that must be the entity's. */
    private static final double COVER = 0.6;
    /** A word in at most this many entities' names tells them apart. */
    private static final int RARE = 2;

    private final Map<String, Set<String>> stemsByEntity = new LinkedHashMap<>();
    /** Each name of each entity as its words, each word as the stems that stand for it. */
    private final Map<String, List<List<Set<String>>>> namesByEntity = new LinkedHashMap<>();
    /** Long Chinese names, folded, by entity. */
    private final Map<String, List<String>> longNames = new LinkedHashMap<>();
    /** Which entities' words hold a stem, and which long names hold a character pair: a sentence looks only at those. */
    private final Map<String, Set<String>> entityIndex = new HashMap<>();
    /** Which entities' English names hold a stem (not the senses of their Chinese names, which are looser). */
    private final Map<String, Set<String>> englishIndex = new HashMap<>();
    private final Map<String, Set<String>> pairIndex = new HashMap<>();
    private final TermAnalyzer analyzer;

    NameLinker(Catalog catalog, TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        for (EntityDef e : catalog.entities()) {
            Set<String> stems = new HashSet<>();
            e.names().forEach((lang, names) -> names.forEach(n -> stems.addAll(lang.startsWith("zh")
                    ? analyzer.glossStems(TextFolder.fold(n)) : analyzer.stems(n))));
            stemsByEntity.put(e.id(), stems);
            List<List<Set<String>>> words = new ArrayList<>();
            e.names().forEach((lang, list) -> list.forEach(n -> words.add(lang.startsWith("zh")
                    ? analyzer.glossWords(TextFolder.fold(n)) : analyzer.stems(n).stream().map(Set::of).toList())));
            namesByEntity.put(e.id(), words);
            e.names().forEach((lang, names) -> names.stream().filter(n -> lang.startsWith("zh")).map(TextFolder::fold)
                    .filter(n -> n.codePointCount(0, n.length()) >= LONG_NAME).distinct()
                    .forEach(n -> longNames.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(n)));
            stems.forEach(s -> entityIndex.computeIfAbsent(s, k -> new HashSet<>()).add(e.id()));
            e.names().forEach((lang, names) -> names.stream().filter(n -> !lang.startsWith("zh"))
                    .forEach(n -> analyzer.stems(n).forEach(st -> englishIndex.computeIfAbsent(st, k -> new HashSet<>()).add(e.id()))));
            longNames.getOrDefault(e.id(), List.of()).forEach(n -> pairs(n).forEach(pair -> pairIndex.computeIfAbsent(pair, k -> new HashSet<>())
                    .add(e.id())));
        }
    }

    private static Set<String> pairs(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            out.add(text.substring(i, i + 2));
        }
        return out;
    }

    /**
     * Entities with a long name that shares at least half of its character pairs with the text:
     * the only ones worth aligning (a name written loosely keeps most of its pairs).
     */
    private Set<String> sharingPairs(String folded) {
        Map<String, Integer> shared = new HashMap<>();
        for (String pair : pairs(folded)) {
            for (String id : pairIndex.getOrDefault(pair, Set.of())) {
                shared.merge(id, 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        shared.forEach((id, n) -> {
            if (longNames.get(id).stream().anyMatch(name -> 2 * n >= name.length() - 1)) {
                out.add(id);
            }
        });
        return out;
    }

    /** The parts with each run of English words that names an entity replaced by that entity. */
    List<StatementPart> link(String text, List<StatementPart> parts) {
        Set<String> named = new HashSet<>();
        parts.stream().filter(p -> p.is(StatementPart.Kind.ENTITY)).forEach(p -> named.add(p.id()));
        List<StatementPart> out = new ArrayList<>(parts);
        String folded = TextFolder.foldAligned(text);
        Set<String> near = sharingPairs(folded);
        for (Map.Entry<String, List<String>> e : longNames.entrySet()) {
            if (named.contains(e.getKey()) || !near.contains(e.getKey())) {
                continue;
            }
            for (String name : e.getValue()) {
                int[] span = approximately(folded, name);
                // Names inside it stay, as names inside names do ("甲市" in a plan's title); figures and cues block it.
                if (span != null && out.stream().noneMatch(p -> p.start() < span[1] && span[0] < p.end() && !replaceable(p)
                        && !(p.is(StatementPart.Kind.ENTITY) && span[0] <= p.start() && p.end() <= span[1]))) {
                    out.removeIf(p -> p.start() < span[1] && span[0] < p.end() && replaceable(p));
                    out.add(new StatementPart(StatementPart.Kind.ENTITY, span[0], span[1], text.substring(span[0], span[1]), e.getKey(), null,
                            clauseAt(parts, span[0]), null));
                    named.add(e.getKey());
                    break;
                }
            }
        }
        for (List<StatementPart> run : runs(text, out)) {
            StatementPart linked = best(text, run, named);
            if (linked != null) {
                // Words and figures inside the name are the name's; names inside it stay, as names inside names do.
                out.removeIf(p -> p.start() >= linked.start() && p.end() <= linked.end() && !p.is(StatementPart.Kind.ENTITY));
                out.add(linked);
                named.add(linked.id());
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return List.copyOf(out);
    }

    /** The entity a run names, as a part spanning its first to its last word of that entity; null when none fits alone. */
    private StatementPart best(String text, List<StatementPart> run, Set<String> named) {
        List<Set<String>> tokens = run.stream().map(this::stems).toList();
        Set<String> candidates = new HashSet<>();
        tokens.forEach(t -> t.forEach(stem -> candidates.addAll(entityIndex.getOrDefault(stem, Set.of()))));
        StatementPart winner = null;
        int best = 0;
        boolean tie = false;
        for (String id : candidates) {
            Set<String> words = stemsByEntity.get(id);
            if (named.contains(id)) {
                continue;
            }
            int first = -1;
            int last = -1;
            Set<String> matched = new HashSet<>();
            Set<String> distinctive = new HashSet<>();
            boolean wordMatched = false;
            for (int i = 0; i < run.size(); i++) {
                Set<String> hit = new HashSet<>(tokens.get(i));
                hit.retainAll(words);
                if (!hit.isEmpty()) {
                    matched.addAll(hit);
                    if (!run.get(i).is(StatementPart.Kind.SOFT)) {
                        distinctive.addAll(hit);
                    }
                    wordMatched |= isWord(run.get(i));
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (!wordMatched || matched.size() < 2 || !telling(matched, distinctive, id)) {
                continue;
            }
            long inSpan = tokens.subList(first, last + 1).stream().filter(t -> t.stream().anyMatch(words::contains)).count();
            if (inSpan < COVER * (last - first + 1) || !halfOfAName(id, matched)) {
                continue;
            }
            if (matched.size() > best) {
                best = matched.size();
                tie = false;
                StatementPart a = run.get(first);
                StatementPart b = run.get(last);
                winner = new StatementPart(StatementPart.Kind.ENTITY, a.start(), b.end(), text.substring(a.start(), b.end()), id,
                        null, a.clause(), null);
            } else if (matched.size() == best) {
                tie = true;
            }
        }
        return tie ? null : winner;
    }

    /**
     * Whether the matched words tell few entities apart: one of them, not a verb ("formed" would
     * match a loose sense of a Chinese name: 生物, "life form"), is rare among the catalog's
     * names, or three or more words of the entity's English names together are ("West Lake Talent
     * Program": each word is in several names, all three in one). The senses of Chinese names are
     * too loose for the second (合成 glosses "to form").
     */
    private boolean telling(Set<String> matched, Set<String> distinctive, String entity) {
        if (distinctive.stream().anyMatch(s -> entityIndex.getOrDefault(s, Set.of()).size() <= RARE)) {
            return true;
        }
        List<String> english = matched.stream().filter(s -> englishIndex.getOrDefault(s, Set.of()).contains(entity)).toList();
        if (english.size() < 3) {
            return false;
        }
        Set<String> all = null;
        for (String stem : english) {
            Set<String> holders = englishIndex.getOrDefault(stem, Set.of());
            if (all == null) {
                all = new HashSet<>(holders);
            } else {
                all.retainAll(holders);
            }
        }
        return all != null && all.size() <= RARE;
    }

    /** Whether the matched stems stand for at least half the words of one of the entity's names. */
    private boolean halfOfAName(String entity, Set<String> matched) {
        for (List<Set<String>> name : namesByEntity.getOrDefault(entity, List.of())) {
            long hit = name.stream().filter(w -> w.stream().anyMatch(matched::contains)).count();
            if (!name.isEmpty() && hit * 2 >= name.size()) {
                return true;
            }
        }
        return false;
    }

    /** A content word's stem; a name's or a figure's stems of its text (a name may hold both: "City A's two major funds"). */
    private Set<String> stems(StatementPart p) {
        return isWord(p) ? Set.of(p.id()) : analyzer.stems(p.text());
    }

    private static boolean isWord(StatementPart p) {
        return (p.is(StatementPart.Kind.TERM) || p.is(StatementPart.Kind.SOFT)) && !TermAnalyzer.isHan(p.id());
    }

    /** Words a name found approximately may take in: plain words, not names, figures or cues. */
    private static boolean replaceable(StatementPart p) {
        return switch (p.kind()) {
            case TERM, SOFT, VOCABULARY, CATEGORY, QUALIFIER -> true;
            default -> false;
        };
    }

    private static int clauseAt(List<StatementPart> parts, int offset) {
        return parts.stream().filter(p -> p.start() <= offset).reduce((a, b) -> b).or(() -> parts.stream().findFirst())
                .map(StatementPart::clause).orElse(0);
    }

    /**
     * Where the sentence writes the name with a few characters left out or added: the span of the
     * best local alignment (a kept character +1, a left-out one -1, an added one -0.5) when it keeps
     * {@value #KEPT} of the name; null otherwise. Both texts are folded.
     */
    static int[] approximately(String sentence, String name) {
        int n = name.length();
        int m = sentence.length();
        if (n == 0 || m == 0) {
            return null;
        }
        // score[i][j]: best alignment of name[0..i) ending at sentence[j); kept and start carried along.
        double[][] score = new double[n + 1][m + 1];
        int[][] kept = new int[n + 1][m + 1];
        int[][] start = new int[n + 1][m + 1];
        for (int j = 0; j <= m; j++) {
            start[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            score[i][0] = -i;
            for (int j = 1; j <= m; j++) {
                double best = score[i - 1][j] - 1;
                int k = kept[i - 1][j];
                int st = start[i - 1][j];
                if (score[i][j - 1] - 0.5 > best) {
                    best = score[i][j - 1] - 0.5;
                    k = kept[i][j - 1];
                    st = start[i][j - 1];
                }
                if (name.charAt(i - 1) == sentence.charAt(j - 1) && score[i - 1][j - 1] + 1 >= best) {
                    best = score[i - 1][j - 1] + 1;
                    k = kept[i - 1][j - 1] + 1;
                    st = start[i - 1][j - 1];
                }
                score[i][j] = best;
                kept[i][j] = k;
                start[i][j] = st;
            }
        }
        int end = -1;
        for (int j = 1; j <= m; j++) {
            if (end < 0 || score[n][j] > score[n][end]) {
                end = j;
            }
        }
        if (kept[n][end] < KEPT * n || score[n][end] < KEPT * n - (n - KEPT * n)) {
            return null;
        }
        int from = start[n][end];
        // The span starts and ends on a kept character.
        while (from < end && name.indexOf(sentence.charAt(from)) < 0) {
            from++;
        }
        return new int[] {from, end};
    }

    /**
     * Maximal runs of English words, names and figures in one clause with nothing but spaces,
     * hyphens or stop words between them; a run without a content word is no run.
     */
    private List<List<StatementPart>> runs(String text, List<StatementPart> parts) {
        List<List<StatementPart>> out = new ArrayList<>();
        List<StatementPart> run = new ArrayList<>();
        StatementPart previous = null;
        for (StatementPart p : parts) {
            boolean latin = p.text().chars().allMatch(ch -> ch < 0x2000);
            boolean token = latin && (isWord(p) || p.is(StatementPart.Kind.ENTITY) || smallCount(p));
            boolean joins = token && previous != null && previous.clause() == p.clause() && previous.end() <= p.start()
                    && joinable(text.substring(previous.end(), p.start()));
            if (!joins && !run.isEmpty()) {
                if (run.stream().anyMatch(NameLinker::isWord)) {
                    out.add(run);
                }
                run = new ArrayList<>();
            }
            if (token) {
                run.add(p);
                previous = p;
            } else {
                previous = null;
            }
        }
        if (run.stream().anyMatch(NameLinker::isWord)) {
            out.add(run);
        }
        return out;
    }

    /** A small number written without hedge or scale ("two" in "the two City A funds"): it may be part of a name; a value is not. */
    private static boolean smallCount(StatementPart p) {
        return p.is(StatementPart.Kind.FIGURE) && p.mention().kind() == dev.crosscheck.claim.value.NumberMention.Kind.NUMBER
                && p.mention().hedge() == null && p.mention().interval().isPoint() && p.mention().interval().high() <= 10;
    }

    /** What lies between two parts is no part (stop words, generic words); two words of it at most, no punctuation. */
    private static boolean joinable(String gap) {
        return gap.chars().noneMatch(ch -> ",.;:()!?\"“”".indexOf(ch) >= 0) && gap.strip().split("\\s+").length <= 2;
    }
}
