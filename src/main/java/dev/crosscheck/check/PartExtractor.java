package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.shared.text.TextFolder;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a sentence into its checkable parts: every entity named, every figure with its bound,
 * every year and date, category and qualifier words, negation and membership cues (from the
 * {@link Lexicon}, the catalog's names and the shared number grammar), and every remaining content
 * word (from the {@link TermAnalyzer}). Nothing is dropped because it was not understood: a word
 * the catalog does not know is a {@link StatementPart.Kind#TERM} that evidence must cover.
 *
 * <p>This is the one statement-part extraction of the service; checks and claim suggestions use it.
 */
final class PartExtractor {

    private final Catalog catalog;
    private final Lexicon lexicon;
    private final TermAnalyzer terms;
    private final NameLinker linker;

    PartExtractor(Catalog catalog, Lexicon lexicon, TermAnalyzer terms) {
        this.catalog = catalog;
        this.lexicon = lexicon;
        this.terms = terms;
        this.linker = new NameLinker(catalog, terms);
    }

    TermAnalyzer analyzer() {
        return terms;
    }

    SentenceParts extract(String text, String lang) {
        SentenceReading r = new SentenceReading(text, lexicon, catalog);
        String detected = SentenceLanguage.detect(text);
        List<StatementPart> parts = new ArrayList<>();
        String folded = TextFolder.foldAligned(text);
        char[] masked = folded.toCharArray();
        for (Hit h : r.hits()) {
            StatementPart.Kind kind = switch (h.term().kind()) {
                case ENTITY -> StatementPart.Kind.ENTITY;
                case PROPERTY -> StatementPart.Kind.VOCABULARY;
                case CATEGORY -> StatementPart.Kind.CATEGORY;
                case QUALIFIER -> StatementPart.Kind.QUALIFIER;
                case CUE -> Lexicon.NEGATION.equals(h.term().id()) ? StatementPart.Kind.NEGATION : StatementPart.Kind.MEMBERSHIP;
                case UNIT -> null;
            };
            if (kind == null) {
                continue; // a unit is masked below, only where it is a figure's unit ("家" in "30家", not in "国家")
            }
            mask(masked, h.start(), h.end());
            if (kind == StatementPart.Kind.QUALIFIER && insideEntity(r, h)) {
                continue;
            }
            parts.add(new StatementPart(kind, h.start(), h.end(), h.text(), h.term().id(), h.term().value(), r.clauseOf(h.start()), null));
        }
        List<int[]> counted = new ArrayList<>();
        for (NumberMention m : r.numbers()) {
            StatementPart.Kind kind = m.kind() == NumberMention.Kind.DATE ? StatementPart.Kind.DATE
                    : m.kind() == NumberMention.Kind.YEAR || SentenceReading.looksLikeYear(m) && r.unitsOf(m).isEmpty()
                    ? StatementPart.Kind.YEAR : StatementPart.Kind.FIGURE;
            mask(masked, m.start(), m.end());
            r.unitsOf(m).forEach(u -> mask(masked, u.start(), u.end()));
            parts.add(new StatementPart(kind, m.start(), m.end(), m.text(), null, null, r.clauseOf(m.start()), m));
            if (kind == StatementPart.Kind.FIGURE) {
                counted.add(countedPhrase(folded, r.unitsOf(m).stream().mapToInt(u -> u.end()).max().orElse(m.end())));
            }
        }
        for (NumberMention m : r.ignoredNumbers()) {
            mask(masked, m.start(), m.end());
        }
        StatementPart previous = null;
        for (TermAnalyzer.Term t : terms.terms(new String(masked), folded, counted)) {
            StatementPart part = new StatementPart(t.soft() ? StatementPart.Kind.SOFT : StatementPart.Kind.TERM, t.start(), t.end(),
                    text.substring(t.start(), t.end()), t.text(), t.text(), r.clauseOf(t.start()), null);
            if (previous != null && compound(previous, part)) {
                // A Chinese compound is written without spaces ("国家实验室"): evidence must contain it whole, not word by word.
                parts.remove(previous);
                part = new StatementPart(StatementPart.Kind.TERM, previous.start(), part.end(), text.substring(previous.start(), part.end()),
                        previous.id() + part.id(), previous.value() + " " + part.value(), previous.clause(), null);
            }
            parts.add(part);
            previous = part;
        }
        return new SentenceParts(text, lang == null ? detected : lang, lang == null, r, linker.link(text, resolve(parts)));
    }

    /** The Han characters right after a figure and its unit, up to the first other character: what the figure counts. */
    private static int[] countedPhrase(String folded, int from) {
        int to = from;
        while (to < folded.length() && TermAnalyzer.isHan(folded.substring(to, to + 1))) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * One part per stretch of text: where parts overlap, the one of the stronger kind stays (an
     * entity's name over a generic word inside it, a figure over the bound word it begins with).
     */
    private static List<StatementPart> resolve(List<StatementPart> parts) {
        List<StatementPart> ranked = new ArrayList<>(parts);
        ranked.sort(java.util.Comparator.comparingInt((StatementPart p) -> strength(p.kind()))
                .thenComparingInt(p -> p.start() - p.end()));
        List<StatementPart> kept = new ArrayList<>();
        for (StatementPart p : ranked) {
            // Names may overlap names, and a name or qualifier word may straddle another part ("某市级以上": 某市, 市级以上).
            boolean overlaps = kept.stream().anyMatch(k -> k.start() < p.end() && p.start() < k.end()
                    && !(k.is(StatementPart.Kind.ENTITY) && p.is(StatementPart.Kind.ENTITY))
                    && !(straddles(k, p) && k.kind() != p.kind() && (named(k) || named(p))));
            if (!overlaps) {
                kept.add(p);
            }
        }
        kept.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return List.copyOf(kept);
    }

    /** Two Han content words written one right after the other, both nouns or other words that name a thing. */
    private static boolean compound(StatementPart a, StatementPart b) {
        return a.is(StatementPart.Kind.TERM) && b.is(StatementPart.Kind.TERM) && a.end() == b.start()
                && TermAnalyzer.isHan(a.id()) && TermAnalyzer.isHan(b.id());
    }

    private static boolean named(StatementPart p) {
        return p.is(StatementPart.Kind.ENTITY) || p.is(StatementPart.Kind.QUALIFIER);
    }

    /** Two spans that overlap without one containing the other. */
    private static boolean straddles(StatementPart a, StatementPart b) {
        boolean aInB = b.start() <= a.start() && a.end() <= b.end();
        boolean bInA = a.start() <= b.start() && b.end() <= a.end();
        return !aInB && !bInA;
    }

    private static int strength(StatementPart.Kind k) {
        return switch (k) {
            case FIGURE, YEAR, DATE -> 0;
            case ENTITY -> 1;
            case QUALIFIER -> 2;
            case CATEGORY -> 3;
            case NEGATION, MEMBERSHIP -> 4;
            case VOCABULARY -> 5;
            case TERM, SOFT -> 6;
        };
    }

    private static boolean insideEntity(SentenceReading r, Hit h) {
        return r.insideEntity(h);
    }

    private static void mask(char[] text, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(text.length, end); i++) {
            text[i] = ' ';
        }
    }
}
