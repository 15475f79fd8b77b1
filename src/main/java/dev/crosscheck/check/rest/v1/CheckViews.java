package dev.crosscheck.check.rest.v1;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.EntityDef;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.check.CheckFinding;
import dev.crosscheck.check.CheckInput;
import dev.crosscheck.check.CheckResult;
import dev.crosscheck.check.DraftCheck;
import dev.crosscheck.check.Interpretation;
import dev.crosscheck.check.Stated;
import dev.crosscheck.check.Verdict;
import dev.crosscheck.claim.rest.v1.ClaimV1;
import dev.crosscheck.claim.rest.v1.ClaimViews;
import dev.crosscheck.claim.rest.v1.ValueV1;
import dev.crosscheck.claim.value.Interval;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.claim.value.ValueNormalizer;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.Violation;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Converts between the v1 check documents and the check domain. */
@ApplicationScoped
public class CheckViews {

    private final ClaimViews claims;
    private final DatasetService dataset;

    public CheckViews(ClaimViews claims, DatasetService dataset) {
        this.claims = claims;
        this.dataset = dataset;
    }

    /**
     * A request as a check input: a sentence, or all of subject, property and value; never both. An empty
     * field counts as absent: generated clients send every field their model has ({@code "qualifiers": {}},
     * {@code "unit": ""}), and a sentence sent by one must not read as a structured claim too.
     */
    public CheckInput input(CheckRequestV1 r) {
        boolean hasText = present(r.text());
        boolean structured = present(r.subject()) || present(r.property()) || r.value() != null || present(r.unit())
                || (r.qualifiers() != null && !r.qualifiers().isEmpty());
        if (hasText && structured) {
            throw DomainException.invalidInput("give either a sentence (text) or a structured claim (subject, property, value), not both",
                    List.of(Violation.of("/text", "must be absent when a structured claim is given")));
        }
        if (hasText) {
            return new CheckInput.Text(r.text(), r.lang());
        }
        List<Violation> missing = new ArrayList<>();
        if (r.subject() == null || r.subject().isBlank()) {
            missing.add(Violation.of("/subject", "must not be empty"));
        }
        if (r.property() == null || r.property().isBlank()) {
            missing.add(Violation.of("/property", "must not be empty"));
        }
        if (r.value() == null) {
            missing.add(Violation.of("/value", "must not be null"));
        }
        if (!structured) {
            throw DomainException.invalidInput("give a sentence (text) or a structured claim (subject, property, value)",
                    List.of(Violation.of("/text", "must not be empty")));
        }
        if (!missing.isEmpty()) {
            throw DomainException.invalidInput("a structured claim needs subject, property and value", missing);
        }
        return new CheckInput.Structured(r.subject().strip(), r.property().strip(), r.value(), present(r.unit()) ? r.unit() : null,
                r.qualifiers());
    }

    private static boolean present(String field) {
        return field != null && !field.isBlank();
    }

    public CheckResponseV1 view(CheckResult r) {
        List<CheckResponseV1.EvidenceV1> evidence = r.evidence().stream()
                .map(e -> new CheckResponseV1.EvidenceV1(e.relation().name(), e.reason(), claims.view(e.stored()))).toList();
        List<CheckResponseV1.FindingV1> findings = r.findings().stream().map(CheckViews::finding).toList();
        List<CheckResponseV1.PartV1> parts = r.alsoChecked().stream()
                .map(p -> new CheckResponseV1.PartV1(p.verdict().name(), interpretation(p.interpretation()))).toList();
        List<CheckResponseV1.UncoveredV1> uncovered = r.uncovered().stream()
                .map(u -> new CheckResponseV1.UncoveredV1(u.kind(), u.text(), u.start(), u.end(), u.reason())).toList();
        return new CheckResponseV1(r.verdict().name(), interpretation(r.interpretation()), evidence, findings, r.explanation(), parts,
                uncovered);
    }

    public DraftResponseV1 view(DraftCheck d) {
        List<DraftResponseV1.SentenceV1> sentences = d.sentences().stream().map(this::sentence).toList();
        var summary = new DraftResponseV1.SummaryV1(d.sentences().size(), (int) d.count(Verdict.SUPPORTED), (int) d.count(Verdict.CONTRADICTED),
                (int) d.count(Verdict.CONTESTED), (int) d.count(Verdict.NOT_ENOUGH_INFO), (int) d.count(DraftCheck.Status.NOTHING_TO_CHECK),
                (int) d.count(DraftCheck.Status.TOO_LONG));
        return new DraftResponseV1(d.length(), summary, sentences);
    }

    private DraftResponseV1.SentenceV1 sentence(DraftCheck.Sentence s) {
        return switch (s.status()) {
            case CHECKED -> new DraftResponseV1.SentenceV1(s.start(), s.end(), s.text(), s.status().name(), s.result().verdict().name(), null,
                    view(s.result()));
            case NOTHING_TO_CHECK -> new DraftResponseV1.SentenceV1(s.start(), s.end(), s.text(), s.status().name(), null,
                    "names no entity, figure, year or category the sources could confirm or deny", view(s.result()));
            case TOO_LONG -> new DraftResponseV1.SentenceV1(s.start(), s.end(), s.text(), s.status().name(), null,
                    "longer than " + CheckInput.Text.MAX_LENGTH + " characters: split it to check it", null);
        };
    }

    private static CheckResponseV1.FindingV1 finding(CheckFinding f) {
        return new CheckResponseV1.FindingV1(f.id(), f.kind(), f.ruleId(), f.explanation(), f.claimIds());
    }

    private CheckResponseV1.InterpretationV1 interpretation(Interpretation in) {
        Catalog catalog = dataset.catalog();
        ClaimV1.Ref subject = in.subject() == null ? null
                : new ClaimV1.Ref(in.subject(), catalog.entity(in.subject()).map(EntityDef::displayName).orElse(in.subject()));
        PropertyDef p = in.property() == null ? null : catalog.property(in.property()).orElse(null);
        CheckResponseV1.PropertyRefV1 property = p == null ? null
                : new CheckResponseV1.PropertyRefV1(p.id(), p.displayLabel(), p.datatype().wireName());
        List<CheckResponseV1.RecognisedV1> recognised = in.recognised().stream()
                .map(x -> new CheckResponseV1.RecognisedV1(x.kind(), x.text(), x.start(), x.end(), x.id(), x.role(), x.claims())).toList();
        return new CheckResponseV1.InterpretationV1(in.text(), in.lang(), in.text() == null ? null : in.langDetected(),
                in.mode().name(), subject, property, value(p, in.value(), in.qualifiers()), in.qualifiers(), in.negated(), recognised,
                in.notRecognised());
    }

    private CheckResponseV1.StatedValueV1 value(PropertyDef p, Stated v, Map<String, String> qualifiers) {
        if (v == null) {
            return null;
        }
        if (v instanceof Stated.Amount a) {
            NumberMention m = a.mention();
            var measured = p == null ? null : ValueNormalizer.measure(p, m, a.unit(), qualifiers);
            Interval iv = measured != null ? measured.interval() : m.interval();
            String kind = measured != null ? "numeric" : "share";
            return new CheckResponseV1.StatedValueV1(m.text().strip(), kind, iv.low(), Double.isInfinite(iv.high()) ? null : iv.high(),
                    m.hedge(), a.unit() == null ? null : a.unit().id(), a.unitAssumed() ? Boolean.TRUE : null, null);
        }
        if (v instanceof Stated.Entity e) {
            return new CheckResponseV1.StatedValueV1(name(e.entityId()), "entity", null, null, null, null, null, e.entityId());
        }
        if (v instanceof Stated.Members m) {
            return new CheckResponseV1.StatedValueV1(String.join(", ", m.entityIds().stream().map(this::name).toList()), "entity-set",
                    null, null, null, null, null, List.copyOf(m.entityIds()));
        }
        if (v instanceof Stated.Category c) {
            return new CheckResponseV1.StatedValueV1(c.category(), "category", null, null, null, null, null, c.category());
        }
        if (v instanceof Stated.Holds) {
            return new CheckResponseV1.StatedValueV1("true", "boolean", null, null, null, null, null, Boolean.TRUE);
        }
        if (v instanceof Stated.Date d) {
            return new CheckResponseV1.StatedValueV1(d.describe(), "date", null, null, null, null, null, d.describe());
        }
        ValueV1 given = ValueV1.of(((Stated.Given) v).value());
        return new CheckResponseV1.StatedValueV1(given.text(), given.kind(), given.low(), given.high(), null, given.unit(), null,
                given.value());
    }

    private String name(String id) {
        return dataset.catalog().entity(id).map(EntityDef::displayName).orElse(id);
    }
}
