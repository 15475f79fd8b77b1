package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.Datatype;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.value.ValueComparator.Outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a sentence by evidence retrieval and full alignment: its parts are extracted, candidate
 * claims retrieved from the {@link ClaimIndex}, each candidate aligned with the parts, and the
 * alignments that state a fact of the sentence grouped into statements, one per value stated.
 *
 * <p>The verdict never claims more than the evidence shows: a statement is SUPPORTED only when a
 * claim about the same subject and the same fact (its metric, ranking and scope stated by the
 * sentence) gives a compatible value and every other content part of the statement's clauses is
 * covered by that claim; CONTRADICTED only when such a claim, with every part covered, gives an
 * incompatible value; CONTESTED when the claims it rests on disagree (or the rules engine finds
 * them in conflict or tension). Any part of the sentence no statement accounts for makes the
 * sentence NOT_ENOUGH_INFO, and the response names it. See docs/checks.md.
 */
final class SentenceChecker {

    private static final int CANDIDATES = 64;
    private static final int MAX_RELATED = 5;

    private final PartExtractor extractor;
    private final ClaimIndex index;
    private final Map<String, ClaimProfile> profiles;
    private final Aligner aligner;
    private final ClaimBook book;
    private final CheckRules rules;
    private final Explainer explainer;

    SentenceChecker(PartExtractor extractor, ClaimIndex index, Map<String, ClaimProfile> profiles, Catalog catalog, ClaimBook book,
                    CheckRules rules, Explainer explainer, CatalogWords words) {
        this.extractor = extractor;
        this.index = index;
        this.profiles = profiles;
        this.aligner = new Aligner(catalog, book, rules, extractor.analyzer(), words);
        this.book = book;
        this.rules = rules;
        this.explainer = explainer;
    }

    /** One statement of the sentence: the alignments it rests on and its verdict. */
    private record Statement(Alignment main, List<Alignment> basis, List<Evidence> evidence, Verdict verdict, List<StatementPart> uncovered,
                             List<String> notes, List<CheckFinding> findings) {
    }

    CheckResult check(String text, String lang) {
        SentenceParts s = extractor.extract(text, lang);
        List<ClaimProfile> candidates = index.candidates(s, CANDIDATES).stream().map(profiles::get).filter(java.util.Objects::nonNull).toList();
        Aligner.Rivals rivals = rivals(s, candidates);
        List<Alignment> alignments = new ArrayList<>();
        List<Alignment> otherSubjects = new ArrayList<>();
        for (ClaimProfile p : candidates) {
            Optional<Alignment> a = aligner.align(s, p, rivals);
            if (a.isPresent()) {
                alignments.add(a.get());
            } else {
                aligner.alignWithOtherSubject(s, p, rivals).filter(x -> x.complete() && x.comparison().outcome() == Outcome.MATCH)
                        .ifPresent(otherSubjects::add);
            }
        }
        // A name that is the subject of a statement the sources establish plays that role, not the value of another
        // claim's relation ("甲公司借助某计划…": the firm that used the plan, not the plan's issuer).
        Set<StatementPart> subjectsEstablished = alignments.stream().filter(a -> a.complete()
                && a.comparison().outcome() == Outcome.MATCH).map(Alignment::subject).collect(Collectors.toSet());
        alignments.removeIf(a -> a.stated() instanceof Stated.Entity && a.value().stream().anyMatch(subjectsEstablished::contains));
        Map<Integer, List<Alignment>> byValue = new LinkedHashMap<>();
        alignments.stream().filter(Alignment::candidate).sorted(Comparator.comparingInt(Alignment::valueAt))
                .forEach(a -> byValue.computeIfAbsent(a.valueAt(), k -> new ArrayList<>()).add(a));
        List<Statement> statements = new ArrayList<>();
        List<List<Alignment>> groups = new ArrayList<>(byValue.values());
        for (List<Alignment> group : groups) {
            // A part another statement's claims account for (its figure, its metric word) is not missing from this one.
            Set<StatementPart> elsewhere = new HashSet<>();
            for (List<Alignment> other : groups) {
                if (other != group) {
                    other.forEach(a -> {
                        elsewhere.addAll(a.used());
                        elsewhere.addAll(a.covered());
                    });
                }
            }
            statements.add(statement(group.stream().map(a -> a.without(elsewhere)).toList(), alignments));
        }
        if (statements.isEmpty()) {
            otherSubjects.stream().filter(SentenceChecker::heldByAnother).findFirst().ifPresent(a -> statements.add(rankHeldByAnother(a)));
        }
        List<StatementPart> unaccounted = unaccounted(s, statements);
        return result(s, statements, unaccounted, alignments, otherSubjects);
    }

    /**
     * A rank the sentence gives its subject that a claim gives another subject in the same ranking,
     * with the same qualifiers and every part of the sentence accounted for: a place in a ranking is
     * held by one subject, so the sentence is contradicted ("乙市位列第三" where the source ranks
     * 甲市 third).
     */
    private static boolean heldByAnother(Alignment a) {
        return a.claim().property().datatype() == Datatype.RANK && a.uncovered().isEmpty() && a.complete()
                && a.comparison().outcome() == Outcome.MATCH && !a.negated();
    }

    private Statement rankHeldByAnother(Alignment a) {
        Claim c = a.claim().claim();
        String reason = "the source gives this place to " + explainer.name(c.subject()) + ", not to " + explainer.name(a.subject().id())
                + "; one place in a ranking is held by one subject";
        List<Evidence> evidence = List.of(cite(a.claim(), Evidence.Relation.CONTRADICTS, reason));
        return new Statement(a, List.of(a), evidence, Verdict.CONTRADICTED, List.of(), List.of(reason), List.of());
    }

    /**
     * For each content word of the sentence, the candidate claims whose own words name it. A word
     * the source sentence around a claim's quote holds is not context of that claim when it names
     * a neighbour: another claim quoted from that same source sentence.
     */
    private static Aligner.Rivals rivals(SentenceParts s, List<ClaimProfile> candidates) {
        Map<StatementPart, List<ClaimProfile>> naming = new HashMap<>();
        for (StatementPart x : s.of(StatementPart.Kind.TERM)) {
            boolean han = TermAnalyzer.isHan(x.id());
            for (ClaimProfile p : candidates) {
                if (p.names(x.id(), han)) {
                    naming.computeIfAbsent(x, k -> new ArrayList<>()).add(p);
                }
            }
        }
        return (word, claim) -> naming.getOrDefault(word, List.of()).stream()
                .anyMatch(p -> !p.claim().id().equals(claim.claim().id()) && p.claim().source().equals(claim.claim().source())
                        && claim.text().contains(p.quote()));
    }

    // ---- statements ----

    private Statement statement(List<Alignment> group, List<Alignment> all) {
        List<String> notes = new ArrayList<>();
        // Claims that cover every part of the statement's clauses say what the sentence says; prefer them.
        List<Alignment> full = group.stream().filter(a -> a.uncovered().isEmpty()).toList();
        // Then the claims the sentence's words name most specifically ("5家省实验室占全省的60%": the share of
        // provincial laboratories, which both words name, not the share the second word alone would name).
        List<Alignment> best = mostSpecific(full.isEmpty() ? fewestUncovered(group) : full);
        List<Evidence> related = new ArrayList<>();
        // The claims that fit the sentence best decide: when they do not establish its value (a figure far beyond
        // their open bound), a claim that fits less well does not step in.
        List<Alignment> chosen = best.stream().filter(Alignment::complete).toList();
        if (chosen.isEmpty()) {
            best.forEach(a -> related.add(cite(a.claim(), Evidence.Relation.RELATED, a.unestablished())));
            notes.add(best.get(0).unestablished());
            return new Statement(best.get(0), best, related, Verdict.NOT_ENOUGH_INFO, best.get(0).uncovered(), notes, List.of());
        }
        Map<String, List<Alignment>> facts = new LinkedHashMap<>();
        for (Alignment a : chosen) {
            facts.computeIfAbsent(fact(a), k -> new ArrayList<>()).add(a);
        }
        boolean anyMatch = chosen.stream().anyMatch(a -> a.comparison().outcome() == Outcome.MATCH);
        Set<String> properties = chosen.stream().map(a -> a.claim().claim().property()).collect(Collectors.toSet());
        List<Alignment> basis = new ArrayList<>();
        for (Map.Entry<String, List<Alignment>> f : facts.entrySet()) {
            boolean matches = f.getValue().stream().anyMatch(a -> a.comparison().outcome() == Outcome.MATCH);
            if (!anyMatch || matches) {
                basis.addAll(f.getValue());
            } else {
                f.getValue().forEach(a -> related.add(cite(a.claim(), Evidence.Relation.RELATED, "another fact (" + f.getKey()
                        + "), which the sentence's words fit less well; there " + a.comparison().explanation())));
            }
        }
        // The words fit other properties as well as the ones the value fits ("…，占全省的五成" after a clause about
        // national key laboratories: the share of those, or of provincial ones?): the value must not pick the fact.
        Set<String> fitting = basis.stream().map(a -> a.claim().claim().property()).collect(Collectors.toSet());
        List<String> alsoFit = chosen.stream().map(a -> a.claim().claim().property()).filter(pr -> !fitting.contains(pr)).distinct().toList();
        boolean ambiguous = anyMatch && !alsoFit.isEmpty();
        List<StatementPart> uncovered = basis.stream().map(Alignment::uncovered).min(Comparator.comparingInt(List::size)).orElse(List.of());
        List<Evidence> evidence = new ArrayList<>();
        for (Alignment a : basis) {
            evidence.add(cite(a.claim(), a.comparison().outcome() == Outcome.MATCH ? Evidence.Relation.SUPPORTS : Evidence.Relation.CONTRADICTS,
                    a.comparison().explanation() + asOf(a)));
        }
        Set<String> ids = evidence.stream().map(e -> e.claim().id()).collect(Collectors.toCollection(TreeSet::new));
        List<CheckFinding> findings = rules.findingsAbout(ids);
        Verdict verdict = Verdicts.decide(evidence, findings, book::claim);
        // Unless a word naming the fact follows the figure and so says what it counts ("68 approved national key laboratories").
        boolean unitAssumed = basis.stream().allMatch(a -> a.stated() instanceof Stated.Amount am && am.unitAssumed() && !countedNamed(a));
        if (verdict == Verdict.CONTRADICTED && unitAssumed && basis.get(0).claim().property().datatype() == Datatype.COUNT) {
            // "服务的企业数量超过5万" against "服务覆盖100多个国家": without the unit, a count that differs may
            // just count something else.
            notes.add("the sentence gives no unit, so its figure may count something else than the source's "
                    + basis.get(0).claim().property().displayLabel());
            verdict = Verdict.NOT_ENOUGH_INFO;
        }
        if (ambiguous && verdict == Verdict.SUPPORTED) {
            notes.add("the sentence's words fit " + properties.size() + " different facts equally (" + String.join(", ", properties.stream()
                    .map(explainer::label).sorted().toList()) + "), and only its value would pick one");
            verdict = Verdict.NOT_ENOUGH_INFO;
        }
        if (!anyMatch && properties.size() > 1) {
            notes.add("the sentence's words fit " + properties.size() + " different facts (" + String.join(", ", properties.stream()
                    .map(explainer::label).sorted().toList()) + ") and its value none of them");
            verdict = Verdict.NOT_ENOUGH_INFO;
        }
        if (!uncovered.isEmpty()) {
            if (verdict == Verdict.CONTRADICTED && basis.stream().allMatch(a -> refutesDespite(a, uncovered))) {
                // Same subject, a word naming the same fact, hard qualifiers compatible, an incompatible value: words
                // around it that no claim says ("累计", "服务范围") do not make it another fact.
                notes.add("the sentence also says " + uncovered.stream().map(StatementPart::describe).collect(Collectors.joining(", "))
                        + ", which no claim accounts for");
            } else {
                notes.add("no evidence for " + uncovered.stream().map(StatementPart::describe).collect(Collectors.joining(", "))
                        + (verdict == Verdict.CONTRADICTED ? ", so the claim that would contradict it may be about something else" : ""));
                verdict = Verdict.NOT_ENOUGH_INFO;
            }
        }
        evidence.addAll(related);
        return new Statement(basis.get(0), basis, evidence, verdict, uncovered, notes, findings);
    }

    /**
     * Whether a contradiction of a figure, date or category stands although some parts are uncovered: a word of the sentence
     * (not a verb, not a name) names the claim's fact, and what is left uncovered are plain words
     * or names of another kind than the subject. An uncovered figure, year, date, qualifier,
     * category, negation or another property's word may be the statement's real fact, and a name
     * of the subject's kind may be its real subject.
     */
    private boolean refutesDespite(Alignment a, List<StatementPart> uncovered) {
        // A name in the sentence may play another role than the claim's value ("甲公司借助某计划…" names the firm that
        // used a plan, not who issued it): a contradiction by a name needs every part covered. A figure's role is the
        // fact its words name.
        Datatype dt = a.claim().property().datatype();
        if (dt == Datatype.ENTITY || dt == Datatype.ENTITY_SET || dt == Datatype.BOOLEAN || dt == Datatype.TEXT) {
            return false;
        }
        boolean namedByWord = a.naming().stream().anyMatch(n -> !n.is(StatementPart.Kind.SOFT) && !n.is(StatementPart.Kind.ENTITY))
                || !a.qualifiers().isEmpty();
        String subjectType = book.typeOf(a.claim().claim().subject());
        return namedByWord && uncovered.stream().allMatch(x -> x.is(StatementPart.Kind.TERM)
                || x.is(StatementPart.Kind.ENTITY) && !java.util.Objects.equals(book.typeOf(x.id()), subjectType));
    }

    /**
     * A word naming the claim's fact says what the figure counts: it follows the figure in its
     * clause ("68 approved national key laboratories"), or comes right before it with only verbs or
     * adverbs between ("活跃用户约1亿").
     */
    private static boolean countedNamed(Alignment a) {
        if (a.value().isEmpty()) {
            return false;
        }
        StatementPart v = a.value().get(0);
        List<StatementPart> all = new ArrayList<>(a.used());
        all.addAll(a.covered());
        all.addAll(a.uncovered());
        return a.naming().stream().anyMatch(n -> !n.is(StatementPart.Kind.SOFT) && !n.is(StatementPart.Kind.ENTITY) && n.clause() == v.clause()
                && (n.start() >= v.end() || n.end() <= v.start() && all.stream().noneMatch(x -> !x.is(StatementPart.Kind.SOFT)
                && x.start() >= n.end() && x.end() <= v.start())));
    }

    private static List<Alignment> mostSpecific(List<Alignment> group) {
        int max = group.stream().mapToInt(SentenceChecker::specificity).max().orElse(0);
        List<Alignment> best = group.stream().filter(a -> specificity(a) == max).toList();
        // As specific, a fact named by the words that say what the figure counts ("320 million 3D models") fits better
        // than one named by a word elsewhere ("platform").
        List<Alignment> counted = best.stream().filter(SentenceChecker::countedNamed).toList();
        return counted.isEmpty() ? best : counted;
    }

    /** How many of the sentence's words name the claim's fact: its words and qualifiers (a name its quote also holds does not tell facts apart). */
    private static int specificity(Alignment a) {
        return (int) a.naming().stream().filter(p -> !p.is(StatementPart.Kind.ENTITY)).count() + a.qualifiers().size();
    }

    private static List<Alignment> fewestUncovered(List<Alignment> group) {
        int min = group.stream().mapToInt(a -> a.uncovered().size()).min().orElse(0);
        return group.stream().filter(a -> a.uncovered().size() == min).toList();
    }

    /** Claims with the same property and the same fact-partitioning qualifiers state one fact. */
    private String fact(Alignment a) {
        Claim c = a.claim().claim();
        List<String> parts = new ArrayList<>();
        parts.add(c.property());
        c.qualifiers().entrySet().stream().filter(e -> rules.partitions(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + "=" + e.getValue()));
        return String.join(", ", parts);
    }

    private static String asOf(Alignment a) {
        String asOf = a.claim().claim().qualifiers().get(Aligner.AS_OF);
        return asOf != null && !a.qualifiers().containsKey(Aligner.AS_OF) ? " (the source's figure is as of " + asOf + ")" : "";
    }


    private Evidence cite(ClaimProfile p, Evidence.Relation relation, String reason) {
        return new Evidence(p.stored(), relation, reason);
    }

    // ---- what nothing accounts for ----

    /** Parts of the sentence that no statement uses or covers: each one makes the sentence unconfirmed. */
    private static List<StatementPart> unaccounted(SentenceParts s, List<Statement> statements) {
        Set<StatementPart> accounted = new HashSet<>();
        for (Statement st : statements) {
            for (Alignment a : st.basis()) {
                accounted.addAll(a.used());
                accounted.addAll(a.covered());
            }
        }
        List<StatementPart> out = new ArrayList<>();
        for (StatementPart p : s.parts()) {
            if (!accounted.contains(p) && !p.is(StatementPart.Kind.SOFT)) {
                out.add(p);
            }
        }
        return out;
    }

    // ---- the result ----

    private CheckResult result(SentenceParts s, List<Statement> statements, List<StatementPart> unaccounted, List<Alignment> alignments,
                               List<Alignment> otherSubjects) {
        List<CheckResult.Uncovered> uncovered = unaccounted.stream().map(p -> uncovered(s, p, statements)).toList();
        if (statements.isEmpty()) {
            Interpretation in = nothing(s, alignments, unaccounted);
            List<Evidence> context = new ArrayList<>(elsewhere(otherSubjects));
            context.addAll(related(alignments, Set.of()));
            return new CheckResult(Verdict.NOT_ENOUGH_INFO, in, context, List.of(),
                    explainer.explain(in, Verdict.NOT_ENOUGH_INFO, context, List.of(), List.of()), List.of(), uncovered);
        }
        List<CheckResult> each = new ArrayList<>();
        for (Statement st : statements) {
            Interpretation in = interpretation(s, st, statements, unaccounted);
            each.add(new CheckResult(st.verdict(), in, st.evidence(), st.findings(),
                    explainer.explain(in, st.verdict(), st.evidence(), st.findings(), st.notes())));
        }
        List<Verdict> verdicts = each.stream().map(CheckResult::verdict).toList();
        Verdict verdict = verdicts.contains(Verdict.CONTRADICTED) ? Verdict.CONTRADICTED
                : !unaccounted.isEmpty() || verdicts.contains(Verdict.NOT_ENOUGH_INFO) ? Verdict.NOT_ENOUGH_INFO
                : verdicts.contains(Verdict.CONTESTED) ? Verdict.CONTESTED : Verdict.SUPPORTED;
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        Map<String, CheckFinding> findings = new LinkedHashMap<>();
        for (CheckResult r : each) {
            r.evidence().forEach(e -> evidence.merge(e.claim().id(), e, (a, b) -> a.relation() == Evidence.Relation.RELATED ? b : a));
            r.findings().forEach(f -> findings.putIfAbsent(f.id(), f));
        }
        elsewhere(otherSubjects).forEach(e -> evidence.putIfAbsent(e.claim().id(), e));
        related(alignments, evidence.keySet()).forEach(e -> evidence.putIfAbsent(e.claim().id(), e));
        StringBuilder explanation = new StringBuilder(each.get(0).explanation());
        for (CheckResult r : each.subList(1, each.size())) {
            explanation.append(" The sentence also states: ").append(r.explanation());
        }
        if (!unaccounted.isEmpty()) {
            explanation.append(" No claim accounts for ").append(unaccounted.stream().map(StatementPart::describe)
                    .collect(Collectors.joining(", "))).append(", so the sentence as a whole is not confirmed.");
        }
        if (each.size() > 1) {
            explanation.append(' ').append(explainer.combined(verdict, each.size()));
        }
        List<CheckResult.Part> parts = each.subList(1, each.size()).stream().map(r -> new CheckResult.Part(r.verdict(), r.interpretation())).toList();
        List<Evidence> ordered = evidence.values().stream().sorted(Comparator.comparing(Evidence::relation)).toList();
        return new CheckResult(verdict, each.get(0).interpretation(), ordered, List.copyOf(findings.values()), explanation.toString(),
                parts, uncovered);
    }

    private CheckResult.Uncovered uncovered(SentenceParts s, StatementPart p, List<Statement> statements) {
        String reason = switch (p.kind()) {
            case ENTITY -> statements.stream().anyMatch(st -> st.main().subject().id().equals(p.id()))
                    ? "named again, in a part no claim accounts for" : "no claim about it states what the sentence says";
            case FIGURE -> "no claim states this figure for what the sentence attributes it to";
            case YEAR -> "no claim gives this year for the statement";
            case NEGATION -> "it negates a part no claim accounts for";
            case QUALIFIER -> "no claim is qualified so (" + p.id() + " " + p.value() + ")";
            default -> "no evidence claim contains it";
        };
        return new CheckResult.Uncovered(kind(p), p.text().strip(), s.codePoint(p.start()), s.codePoint(p.end()), reason);
    }

    /** Claims that state the sentence's value for another subject than the one it names: the figure may be misattributed. */
    private List<Evidence> elsewhere(List<Alignment> otherSubjects) {
        return otherSubjects.stream().limit(MAX_RELATED).map(a -> cite(a.claim(), Evidence.Relation.RELATED, "the same "
                + a.claim().property().displayLabel() + " is stated for " + explainer.name(a.claim().claim().subject()) + ", not for "
                + explainer.name(a.subject().id()))).toList();
    }

    /** Claims about a subject of the sentence that align in part: context to read, never proof. */
    private List<Evidence> related(List<Alignment> alignments, Set<String> shown) {
        List<Evidence> out = new ArrayList<>();
        for (Alignment a : alignments) {
            if (out.size() >= MAX_RELATED || shown.contains(a.claim().claim().id()) || a.complete() && a.uncovered().isEmpty()) {
                continue;
            }
            String why = a.notSameFact() != null ? "not the same fact: " + a.notSameFact()
                    : !a.named() ? "no word of the sentence names its " + a.claim().property().displayLabel()
                    : a.unestablished() != null ? a.unestablished()
                    : a.comparison() == null ? "cannot be compared with the sentence's value"
                    : "does not cover " + a.uncovered().stream().map(StatementPart::describe).collect(Collectors.joining(", "));
            out.add(cite(a.claim(), Evidence.Relation.RELATED, why));
        }
        return out;
    }

    private Interpretation interpretation(SentenceParts s, Statement st, List<Statement> all, List<StatementPart> unaccounted) {
        Alignment a = st.main();
        Claim c = a.claim().claim();
        Interpretation.Mode mode = a.stated() instanceof Stated.Members ? Interpretation.Mode.MEMBERSHIP : Interpretation.Mode.VALUE;
        List<String> notes = new ArrayList<>(st.notes());
        unaccounted.stream().filter(p -> a.clauses().contains(p.clause()))
                .forEach(p -> notes.add("no claim accounts for " + p.describe()));
        // The sentence's subject: the claim's, or another the claim's fact was aligned with (a rank held by another).
        return new Interpretation(s.text(), s.lang(), s.langDetected(), mode, a.subject().id(), c.property(), a.stated(), a.qualifiers(),
                a.negated(), recognised(s, st, all), List.copyOf(notes), List.of(), List.of(), true);
    }

    private Interpretation nothing(SentenceParts s, List<Alignment> alignments, List<StatementPart> unaccounted) {
        List<String> notes = new ArrayList<>();
        String subject = s.of(StatementPart.Kind.ENTITY).stream().map(StatementPart::id).filter(id -> !book.ofSubject(id).isEmpty())
                .findFirst().orElse(null);
        if (s.of(StatementPart.Kind.ENTITY).isEmpty()) {
            notes.add("no entity of the catalog (firm, place, person, product, ranking …) was recognised");
        } else if (alignments.isEmpty()) {
            notes.add("no claim of the sources about " + (subject == null ? "the entities named" : explainer.name(subject))
                    + " states a value of the kind the sentence gives");
        } else {
            notes.add("no claim about " + alignments.stream().map(x -> explainer.name(x.claim().claim().subject())).distinct()
                    .collect(Collectors.joining(", ")) + " states the fact the sentence states (see the related evidence)");
        }
        if (!unaccounted.isEmpty()) {
            notes.add("unaccounted for: " + unaccounted.stream().map(StatementPart::describe).collect(Collectors.joining(", ")));
        }
        List<Interpretation.Recognised> recognised = s.parts().stream()
                .map(p -> recognisedPart(s, p, Interpretation.UNUSED, List.of())).toList();
        return new Interpretation(s.text(), s.lang(), s.langDetected(), Interpretation.Mode.NONE, subject, null, null, Map.of(), false,
                recognised, List.copyOf(notes), List.of(), List.of(), false);
    }

    /** Every part with the role it played and the claims it was aligned with. */
    private static List<Interpretation.Recognised> recognised(SentenceParts s, Statement st, List<Statement> all) {
        List<Interpretation.Recognised> out = new ArrayList<>();
        for (StatementPart p : s.parts()) {
            String role = Interpretation.UNUSED;
            Set<String> claims = new LinkedHashSet<>();
            for (Statement other : all) {
                for (Alignment a : other.basis()) {
                    String r = role(a, p);
                    if (r != null) {
                        claims.add(a.claim().claim().id());
                        if (other == st || role.equals(Interpretation.UNUSED)) {
                            role = r;
                        }
                    }
                }
            }
            out.add(recognisedPart(s, p, role, List.copyOf(claims)));
        }
        return out;
    }

    private static String role(Alignment a, StatementPart p) {
        if (p.equals(a.subject())) {
            return "subject";
        }
        if (a.value().contains(p)) {
            return a.stated() instanceof Stated.Members ? "member" : "value";
        }
        if (a.used().contains(p)) {
            return switch (p.kind()) {
                case NEGATION -> "negation";
                case QUALIFIER, YEAR -> "qualifier";
                case ENTITY -> "qualifier";
                case MEMBERSHIP -> "membership";
                default -> "property";
            };
        }
        return a.covered().contains(p) ? "covered" : null;
    }

    private static Interpretation.Recognised recognisedPart(SentenceParts s, StatementPart p, String role, List<String> claims) {
        return new Interpretation.Recognised(kind(p), p.text().strip(), s.codePoint(p.start()), s.codePoint(p.end()), id(p), role, claims);
    }

    private static String kind(StatementPart p) {
        return switch (p.kind()) {
            case FIGURE, YEAR, DATE -> "number";
            case VOCABULARY -> "keyword";
            case NEGATION, MEMBERSHIP -> "cue";
            default -> p.kind().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String id(StatementPart p) {
        return switch (p.kind()) {
            case FIGURE, YEAR, DATE -> p.mention().kind().name().toLowerCase(Locale.ROOT) + " " + p.mention().interval().describe();
            case QUALIFIER -> p.id() + "=" + p.value();
            case CATEGORY -> p.id() + "=" + p.value();
            case NEGATION -> "negation";
            case MEMBERSHIP -> "membership";
            default -> p.id();
        };
    }

    /** The parts of a sentence and how every candidate claim aligns with them: for maintainers tracing a verdict. */
    String trace(String text) {
        SentenceParts s = extractor.extract(text, null);
        StringBuilder b = new StringBuilder("parts:");
        s.parts().forEach(p -> b.append(' ').append(p.kind()).append('[').append(p.text().strip()).append(p.id() == null ? "" : "=" + p.id())
                .append(p.value() == null ? "" : "/" + p.value()).append(" c").append(p.clause()).append(']'));
        b.append('\n');
        List<ClaimProfile> candidates = index.candidates(s, CANDIDATES).stream().map(profiles::get).filter(java.util.Objects::nonNull).toList();
        Aligner.Rivals rivals = rivals(s, candidates);
        for (ClaimProfile p : candidates) {
            String id = p.claim().id();
            if (aligner.align(s, p, rivals).isEmpty()) {
                b.append("  ").append(id).append(" not aligned: no subject or no value of its kind\n");
                aligner.alignWithOtherSubject(s, p, rivals).ifPresent(a -> b.append("  ").append(id).append(" as if about ")
                        .append(a.subject().id()).append(a.complete() ? " COMPLETE " : " partial ")
                        .append(a.comparison() == null ? "-" : a.comparison().outcome()).append('\n'));
            }
            aligner.align(s, p, rivals).ifPresent(a -> b.append("  ").append(id).append(a.complete() ? " COMPLETE " : " partial ")
                    .append(a.comparison() == null ? "-" : a.comparison().outcome()).append(" named=").append(a.named()).append(a.naming().stream().map(StatementPart::text).toList())
                    .append(" q=").append(a.qualifiers()).append(a.notSameFact() == null ? "" : " notSame=" + a.notSameFact())
                    .append(" uncovered=").append(a.uncovered().stream().map(StatementPart::text).toList()).append('\n'));
        }
        return b.toString();
    }
}
