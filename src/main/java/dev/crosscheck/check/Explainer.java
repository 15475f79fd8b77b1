package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.claim.value.ValueNormalizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the one-paragraph, plain-English explanation of a check: what was read, what the sources say, what follows. */
final class Explainer {

    private final Catalog catalog;
    private final Map<String, String> sourceTitles;

    Explainer(Catalog catalog, Map<String, String> sourceTitles) {
        this.catalog = catalog;
        this.sourceTitles = sourceTitles;
    }

    String name(String entityId) {
        return catalog.entity(entityId).map(EntityDef::displayName).orElse(entityId);
    }

    String label(String propertyId) {
        return catalog.property(propertyId).map(PropertyDef::displayLabel).orElse(propertyId);
    }

    String explain(Interpretation in, Verdict verdict, List<Evidence> evidence, List<CheckFinding> findings, List<String> notes) {
        List<String> parts = new ArrayList<>();
        parts.add(reading(in));
        statements(evidence, Evidence.Relation.SUPPORTS).ifNotEmpty(s -> parts.add("Stated by " + s + "."));
        statements(evidence, Evidence.Relation.CONTRADICTS).ifNotEmpty(s -> parts.add("Contradicted by " + s + "."));
        notes.forEach(n -> parts.add(capital(n) + "."));
        java.util.Set<String> basis = evidence.stream().filter(e -> e.relation() != Evidence.Relation.RELATED)
                .map(e -> e.claim().id()).collect(Collectors.toSet());
        int other = 0;
        for (CheckFinding f : findings) {
            if (f.disagreement() && f.claimIds().stream().filter(basis::contains).count() >= 2) {
                parts.add("The rules engine finds a " + f.kind().toLowerCase(java.util.Locale.ROOT) + " among them: " + f.explanation());
            } else {
                other++;
            }
        }
        if (other > 0) {
            parts.add("The rules engine has " + other + (other == 1 ? " other finding" : " other findings")
                    + " about the claims cited (see findings).");
        }
        parts.add(conclusion(in, verdict, evidence));
        return String.join(" ", parts);
    }

    private String reading(Interpretation in) {
        if (in.mode() == Interpretation.Mode.NONE) {
            return "The sentence could not be read as a checkable statement: " + String.join("; ", in.notRecognised()) + ".";
        }
        if (in.mode() == Interpretation.Mode.MEMBERSHIP) {
            Stated.Members m = (Stated.Members) in.value();
            String names = names(m.entityIds());
            return "Read as: " + names + (m.entityIds().size() == 1 ? " is" : " are") + (in.negated() ? " not" : "")
                    + " among the " + label(in.property()) + " of " + name(in.subject()) + ".";
        }
        String about = "the " + label(in.property()) + " of " + name(in.subject());
        if (in.value() == null) {
            return "The sentence names " + about + ", but " + String.join("; ", in.notRecognised()) + ".";
        }
        String quals = in.qualifiers().isEmpty() ? "" : " (" + in.qualifiers().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
        if (in.value() instanceof Stated.Holds) {
            return "Read as: '" + label(in.property()) + "' is " + (in.negated() ? "not " : "") + "true of " + name(in.subject()) + quals + ".";
        }
        return "Read as: " + about + quals + (in.negated() ? " is not " : " is ") + value(in, in.value()) + ".";
    }

    private String value(Interpretation in, Stated v) {
        if (v instanceof Stated.Entity e) {
            return name(e.entityId());
        }
        if (v instanceof Stated.Amount a) {
            PropertyDef p = catalog.property(in.property()).orElse(null);
            var measured = p == null ? null : ValueNormalizer.measure(p, a.mention(), a.unit(), in.qualifiers());
            String text = a.mention().text().strip();
            if (measured == null) {
                return text;
            }
            String unit = a.unit() == null || a.mention().kind() != NumberMention.Kind.NUMBER ? "" : " " + a.unit().id()
                    + (a.unitAssumed() ? ", unit assumed" : "");
            return text + " (" + measured.interval().describe() + unit + ")";
        }
        return v.describe();
    }

    private String names(Collection<String> ids) {
        List<String> n = ids.stream().map(this::name).toList();
        return n.size() == 1 ? n.get(0) : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    }

    /** A list of what the sources of one relation say, or empty. */
    private Joined statements(List<Evidence> evidence, Evidence.Relation relation) {
        List<String> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.relation() == relation) {
                out.add(source(e.claim()) + " (\"" + e.claim().quote() + "\": " + e.reason() + ")");
            }
        }
        return new Joined(String.join("; ", out));
    }

    private record Joined(String text) {
        void ifNotEmpty(java.util.function.Consumer<String> action) {
            if (!text.isEmpty()) {
                action.accept(text);
            }
        }
    }

    private String source(Claim c) {
        String title = sourceTitles.get(c.source());
        return "source " + c.source() + (title == null ? "" : " 《" + title + "》");
    }

    private String conclusion(Interpretation in, Verdict verdict, List<Evidence> evidence) {
        return switch (verdict) {
            case SUPPORTED -> "The sources support the statement.";
            case CONTRADICTED -> "The sources contradict the statement.";
            case CONTESTED -> "The sources disagree among themselves about it, so it is contested: cite both sides.";
            case NOT_ENOUGH_INFO -> notEnough(in, evidence);
        };
    }

    private String notEnough(Interpretation in, List<Evidence> evidence) {
        if (!in.checkable()) {
            return "Nothing is concluded from it.";
        }
        boolean supported = evidence.stream().anyMatch(e -> e.relation() == Evidence.Relation.SUPPORTS);
        if (supported && !in.uncheckedFigures().isEmpty()) {
            return "The sources support the " + label(in.property()) + ", but the sentence also states "
                    + String.join(", ", in.uncheckedFigures()) + ", which was not checked, so the sentence as a whole is not confirmed.";
        }
        boolean sameFact = evidence.stream().anyMatch(e -> e.claim().subject().equals(in.subject()) && e.claim().property().equals(in.property()));
        if (sameFact) {
            return "The sources speak of the " + label(in.property()) + " of " + name(in.subject())
                    + ", but none of their claims settles the sentence (see the related evidence).";
        }
        boolean elsewhere = evidence.stream().anyMatch(e -> e.relation() == Evidence.Relation.RELATED && !e.claim().subject().equals(in.subject()));
        return "No source states the " + label(in.property()) + " of " + name(in.subject())
                + (in.qualifiers().isEmpty() ? "" : " for these qualifiers")
                + (elsewhere ? "; the value is stated for another subject, so the sentence may attribute it to the wrong one." : ".");
    }

    /** The conclusion for a sentence of several statements. */
    String combined(Verdict verdict, int statements) {
        return switch (verdict) {
            case SUPPORTED -> "Taken together, the sources support all " + statements + " statements of the sentence.";
            case CONTRADICTED -> "Taken together, the sentence is contradicted: at least one of its " + statements
                    + " statements is contradicted by the sources.";
            case CONTESTED -> "Taken together, the sentence is contested: the sources disagree about one of its statements.";
            case NOT_ENOUGH_INFO -> "Taken together, the sources do not settle every statement of the sentence.";
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
