package dev.crosscheck.claim;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.value.ValueNormalizer;
import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.diagnostic.Located;
import dev.crosscheck.shared.diagnostic.Related;
import dev.crosscheck.shared.text.LineIndex;
import dev.crosscheck.source.SourceText;
import dev.crosscheck.source.anchor.AnchorResult;
import dev.crosscheck.source.anchor.ClosestPassage;
import dev.crosscheck.source.anchor.QuoteAnchorer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link ClaimInput} into a {@link Claim}, or explains every reason it cannot: unknown
 * references, an unreadable value or unit, a quote that is not in its source. The one validation
 * behind loading, the CLI validator and the write API.
 */
public final class ClaimValidator {

    private ClaimValidator() {
    }

    private static boolean placeholders(ClaimInput in, List<Issue> issues) {
        boolean any = false;
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("subject", in.subject());
        fields.put("property", in.property());
        fields.put("value", in.value());
        fields.put("unit", in.unit());
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            if (f.getValue() instanceof String s && s.strip().startsWith(PLACEHOLDER)) {
                issues.add(Issue.of(CheckId.UNFILLED_PLACEHOLDER, in.fieldAt(f.getKey()), "claim '" + in.id() + "': " + f.getKey()
                        + " is an unfilled placeholder (" + s.strip() + "); replace it with a " + f.getKey() + " id", in.id()));
                any = true;
            }
        }
        return any;
    }

    /**
     * How a draft of suggested claims marks what a curator must fill in ("TODO subject (the sentence
     * says: 东澜港)"): a field starting with it is an error, so an unreviewed draft cannot pass.
     */
    public static final String PLACEHOLDER = "TODO";

    public static Optional<Claim> validate(ClaimInput in, Catalog catalog, Map<String, SourceText> sources, List<Issue> issues) {
        int before = issues.size();
        ValueNormalizer.Result value = content(in, catalog, issues);
        AnchorResult anchored = null;
        SourceText source = in.source() == null ? null : sources.get(in.source());
        if (in.source() != null && source == null) {
            issues.add(Issue.of(CheckId.UNKNOWN_SOURCE, in.fieldAt("source"), "claim '" + in.id() + "': unknown source '"
                    + in.source() + "'", in.id()));
        } else if (source != null && in.quote() != null) {
            anchored = QuoteAnchorer.anchor(source.folded(), in.quote(), in.start(), in.end());
            if (anchored.isUnplaced()) {
                unplaced(in, anchored, issues);
            } else if (!anchored.isFound()) {
                issues.add(Issue.of(CheckId.QUOTE_NOT_FOUND, in.fieldAt("quote"), notFound(in, anchored.closest()), in.id())
                        .withRelated(whereLookedFor(source, anchored.closest())));
            }
        }
        if (issues.size() > before || value == null || anchored == null) {
            return Optional.empty();
        }
        return Optional.of(new Claim(in.id(), in.subject(), in.property(), in.value(), in.unit(), in.qualifiers(), in.source(),
                in.quote(), anchored.anchor(), value.value(), in.note()));
    }

    /**
     * A claim to reason about rather than to store (one side of a comparison): the same checks of its
     * subject, property, qualifiers and value, and no passage to anchor; its source is only a label.
     */
    public static Optional<Claim> validateUnanchored(ClaimInput in, Catalog catalog, List<Issue> issues) {
        int before = issues.size();
        if (in.subject() == null) {
            issues.add(Issue.of(CheckId.SCHEMA, in.fieldAt("subject"), "claim '" + in.id() + "': a subject entity is required", in.id()));
        }
        if (in.property() == null) {
            issues.add(Issue.of(CheckId.SCHEMA, in.fieldAt("property"), "claim '" + in.id() + "': a property is required", in.id()));
        }
        ValueNormalizer.Result value = content(in, catalog, issues);
        if (issues.size() > before || value == null) {
            return Optional.empty();
        }
        return Optional.of(new Claim(in.id(), in.subject(), in.property(), in.value(), in.unit(), in.qualifiers(), in.source(),
                in.quote(), null, value.value(), in.note()));
    }

    /** The checks of what a claim says (references and value); the normalised value, or null when it cannot be read. */
    private static ValueNormalizer.Result content(ClaimInput in, Catalog catalog, List<Issue> issues) {
        if (placeholders(in, issues)) {
            return null;
        }
        if (in.subject() != null && catalog.entity(in.subject()).isEmpty()) {
            issues.add(Issue.of(CheckId.UNKNOWN_ENTITY, in.fieldAt("subject"), "claim '" + in.id() + "': unknown subject entity '"
                    + in.subject() + "'", in.id()));
        }
        PropertyDef property = in.property() == null ? null : catalog.property(in.property()).orElse(null);
        if (in.property() != null && property == null) {
            issues.add(Issue.of(CheckId.UNKNOWN_PROPERTY, in.fieldAt("property"), "claim '" + in.id() + "': unknown property '"
                    + in.property() + "'", in.id()));
        }
        checkQualifierEntities(in, catalog, issues);
        if (property == null) {
            return null;
        }
        ValueNormalizer.Result value = ValueNormalizer.normalize(property, in.value(), in.unit(), in.qualifiers(), catalog);
        if (!value.ok()) {
            String field = value.failedCheck() == CheckId.UNIT_MISMATCH || value.failedCheck() == CheckId.UNKNOWN_UNIT ? "unit" : "value";
            issues.add(Issue.of(value.failedCheck(), in.fieldAt(field), "claim '" + in.id() + "': " + value.error(), in.id()));
            return null;
        }
        return value;
    }

    /** A quote in its source more than once with no offsets to choose by, or not at the offsets given. */
    private static void unplaced(ClaimInput in, AnchorResult anchored, List<Issue> issues) {
        String places = anchored.occurrences().stream().limit(5).map(p -> "[" + p.start() + ", " + p.end() + ")")
                .collect(java.util.stream.Collectors.joining(", ")) + (anchored.occurrences().size() > 5 ? ", …" : "");
        if (in.start() == null && in.end() == null) {
            issues.add(Issue.of(CheckId.AMBIGUOUS_QUOTE, in.fieldAt("quote"), "claim '" + in.id() + "': the quote occurs "
                    + (anchored.occurrences().size() > QuoteAnchorer.MAX_OCCURRENCES ? "more than " + QuoteAnchorer.MAX_OCCURRENCES
                    : anchored.occurrences().size()) + " times in source '" + in.source() + "', at code points " + places
                    + "; quote more of the passage, or give start (and end) to say which one is meant", in.id()));
        } else {
            issues.add(Issue.of(CheckId.QUOTE_OFFSET_MISMATCH, in.fieldAt(in.start() != null ? "start" : "end"), "claim '" + in.id()
                    + "': the quote is not at " + (in.start() != null ? "start " + in.start() : "") + (in.start() != null && in.end() != null
                    ? ", " : "") + (in.end() != null ? "end " + in.end() : "") + " in source '" + in.source() + "'; it occurs at code points "
                    + places, in.id()));
        }
    }

    private static void checkQualifierEntities(ClaimInput in, Catalog catalog, List<Issue> issues) {
        String ranking = in.qualifiers().get("ranking");
        if (ranking != null && catalog.entity(ranking).isEmpty()) {
            issues.add(Issue.of(CheckId.UNKNOWN_ENTITY, in.fieldAt("qualifiers"), "claim '" + in.id()
                    + "': qualifier 'ranking' names unknown entity '" + ranking + "'", in.id()));
        }
    }

    /**
     * The source file a quote was looked for in, at the closest passage when there is one, so a
     * report can open the source beside the claim. Stored sources (no file) give nothing.
     */
    private static List<Related> whereLookedFor(SourceText source, ClosestPassage closest) {
        if (source.path() == null) {
            return List.of();
        }
        if (closest == null) {
            return List.of(new Related(new Located(source.path(), 0, 0), "source '" + source.id() + "': no passage resembles the quote"));
        }
        LineIndex lines = LineIndex.of(source.text());
        int[] start = lines.position(closest.start());
        int[] end = lines.position(closest.end());
        String what = "closest passage in source '" + source.id() + "', code points [" + closest.start() + ", " + closest.end()
                + ") (similarity " + closest.similarity() + ")";
        return List.of(new Related(new Located(source.path(), start[0], start[1], end[0], end[1]), what));
    }

    private static String notFound(ClaimInput in, ClosestPassage closest) {
        String msg = "claim '" + in.id() + "': quote not found in source '" + in.source() + "'";
        if (closest != null) {
            msg += "; closest passage at [" + closest.start() + ", " + closest.end() + ") (similarity " + closest.similarity()
                    + "): \"" + closest.text().replaceAll("\\s+", " ") + "\"";
        }
        return msg;
    }
}
