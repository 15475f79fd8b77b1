package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.ClaimsChanged;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.dataset.SeedLoader;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.WorkBudget;
import dev.crosscheck.shared.text.SentenceSplitter;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.source.SourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks statements against the stored claims. A sentence goes through evidence retrieval and
 * alignment ({@link SentenceChecker}); a structured claim names its subject and property and is
 * judged directly ({@link Judge}).
 *
 * <p>What checks read is derived from the catalog and the claims in force: one {@link ClaimProfile}
 * and one index document per claim, and a {@link ClaimBook} snapshot. A committed change updates
 * only the claims it touched (reading just those from the database); a new catalog rebuilds
 * everything, because every profile depends on its labels and names.
 */
@ApplicationScoped
public class CheckService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CheckService.class);

    private final DatasetService dataset;
    private final ClaimService claims;
    private final SourceService sources;
    private final CheckRules rules;
    private final TermAnalyzer analyzer = new TermAnalyzer();
    private volatile Engine engine;

    /** Everything built from one catalog; the claims part is replaced as claims change. */
    private record Engine(Catalog catalog, Lexicon lexicon, PartExtractor extractor, QualifierWords qualifierWords, CatalogWords words, ClaimIndex index,
                          Map<String, ClaimProfile> profiles, Map<String, SourceText> sourceTexts, Map<String, Set<String>> topics,
                          ClaimBook book,
                          SentenceChecker sentences, StructuredReader structured, Judge judge) {
    }

    public CheckService(DatasetService dataset, ClaimService claims, SourceService sources, CheckRules rules) {
        this.dataset = dataset;
        this.claims = claims;
        this.sources = sources;
        this.rules = rules;
    }

    void onDatasetLoaded(@Observes SeedLoader.DatasetLoaded loaded) {
        rebuild();
    }

    /** A change that derived state missed: rebuilt from the store, so no committed write stays unseen. */
    void onDerivedStateLost(@Observes dev.crosscheck.claim.DerivedStateLost lost) {
        rebuild();
    }

    /** Updates the profiles and index documents of the claims a committed transaction changed. */
    void onClaimsChanged(@Observes ClaimsChanged changed) {
        synchronized (this) {
            Engine e = engine;
            if (e == null || e.catalog() != dataset.catalog()) {
                rebuild();
                return;
            }
            List<ClaimProfile> upserts = new ArrayList<>();
            List<String> removed = new ArrayList<>(changed.removed());
            List<StoredClaim> restated = new ArrayList<>();
            List<StoredClaim> fresh = new ArrayList<>();
            var found = claims.findAll(changed.changed());
            for (String id : changed.changed()) {
                StoredClaim stored = found.get(id);
                if (stored != null && !stored.retracted()) {
                    ClaimProfile before = e.profiles().get(id);
                    // A profile reads everything of a claim but its note: an edit of the note alone keeps it.
                    if (before != null && before.claim().sameStatementAs(stored.claim())) {
                        upserts.add(before.restored(stored));
                        restated.add(stored);
                    } else {
                        fresh.add(stored);
                    }
                } else {
                    removed.add(id);
                }
            }
            upserts.addAll(profiles(e, fresh));
            if (removed.isEmpty() && restated.size() == upserts.size()) {
                upserts.forEach(p -> e.profiles().put(p.claim().id(), p));
                engine = withBook(e, e.book().withNewerVersions(restated));
                return;
            }
            // A change that leaves the indexed text alone (a note, a qualifier the index does not hold)
            // needs no re-segmentation: only the profile is replaced.
            e.index().apply(upserts.stream().filter(p -> !ClaimIndex.sameDocument(e.profiles().get(p.claim().id()), p)).toList(), removed);
            upserts.forEach(p -> e.profiles().put(p.claim().id(), p));
            removed.forEach(e.profiles()::remove);
            engine = withBook(e, e.book().with(upserts.stream().map(ClaimProfile::stored).toList(), removed));
        }
    }

    /** Rebuilds profiles, index and lexicon from the catalog and the claims in force. */
    public synchronized void rebuild() {
        Engine old = engine;
        long started = System.nanoTime();
        LOG.info("building the check index: profiling and indexing every claim in force …");
        engine = build(dataset.catalog());
        // At 100,000 claims this takes a minute or more: the operator sees what the start is waiting for.
        LOG.infof("check index built: %d claims in %.1f s", engine.profiles().size(), (System.nanoTime() - started) / 1e9);
        if (old != null) {
            old.index().close();
        }
    }

    public CheckResult check(CheckInput input) {
        Engine e = engine();
        if (input instanceof CheckInput.Text t) {
            return e.sentences().check(t.text(), t.lang());
        }
        return e.judge().judge(e.structured().read((CheckInput.Structured) input));
    }

    /** How a sentence was broken into parts and aligned with each candidate claim (for tracing a verdict). */
    String trace(String text) {
        return engine().sentences().trace(text);
    }

    /**
     * Splits a draft into sentences and checks each like {@link #check}: sentences are independent,
     * so they are checked in parallel; the order of the answer is the draft's.
     *
     * @param lang the draft's language, or null to detect it sentence by sentence (drafts mix languages)
     */
    public DraftCheck checkDraft(String text, String lang) {
        return checkDraft(text, lang, WorkBudget.UNLIMITED);
    }

    /** As {@link #checkDraft(String, String)}, stopping when the budget says so (deadline passed, client gone). */
    public DraftCheck checkDraft(String text, String lang, WorkBudget budget) {
        Engine e = engine();
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<DraftCheck.Sentence> sentences = spans.parallelStream().map(span -> {
            budget.spend(done.getAndIncrement(), spans.size());
            String sentence = text.substring(span.start(), span.end());
            int start = text.codePointCount(0, span.start());
            int end = start + sentence.codePointCount(0, sentence.length());
            if (sentence.length() > CheckInput.Text.MAX_LENGTH) {
                return new DraftCheck.Sentence(start, end, sentence, DraftCheck.Status.TOO_LONG, null);
            }
            CheckResult r = e.sentences().check(sentence, lang);
            DraftCheck.Status status = r.hasCheckableParts() ? DraftCheck.Status.CHECKED : DraftCheck.Status.NOTHING_TO_CHECK;
            return new DraftCheck.Sentence(start, end, sentence, status, r);
        }).toList();
        return new DraftCheck(text.codePointCount(0, text.length()), sentences);
    }

    /**
     * Claims proposed from a source's text, in the order of the text, each with a verified anchor
     * and the stored claims that already state it or conflict with it.
     */
    public List<Suggestion> suggest(SourceText source) {
        Engine e = engine();
        List<StoredClaim> ofSource = e.profiles().values().stream().map(ClaimProfile::stored)
                .filter(s -> s.claim().source().equals(source.id())).toList();
        return new Suggester(e.extractor(), e.sentences(), e.catalog()).suggest(source, ofSource);
    }

    /** Checks each input in order; an invalid one fails the whole batch, naming its position. */
    public List<CheckResult> checkAll(List<CheckInput> inputs) {
        return checkAll(inputs, WorkBudget.UNLIMITED);
    }

    /** As {@link #checkAll(List)}, stopping between items when the budget says so (deadline passed, client gone). */
    public List<CheckResult> checkAll(List<CheckInput> inputs, WorkBudget budget) {
        List<CheckResult> out = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            budget.spend(i, inputs.size());
            try {
                out.add(check(inputs.get(i)));
            } catch (DomainException ex) {
                throw ex.within("/items/" + i, "item " + i);
            }
        }
        return out;
    }

    private Engine engine() {
        Engine e = engine;
        Catalog catalog = dataset.catalog();
        if (e != null && e.catalog() == catalog) {
            return e;
        }
        synchronized (this) {
            if (engine == null || engine.catalog() != catalog) {
                rebuild();
            }
            return engine;
        }
    }

    private Engine build(Catalog catalog) {
        QualifierWords words = rules.qualifierWords();
        Lexicon lexicon = Lexicon.build(catalog, words);
        // Read once per catalog, then kept: a write reads a source only when its claims quote one not seen yet.
        Map<String, SourceText> texts = new HashMap<>();
        for (SourceText st : sources.list()) {
            texts.put(st.id(), st);
        }
        // The extractor depends on the catalog only: built once, not on every write.
        Engine bare = new Engine(catalog, lexicon, new PartExtractor(catalog, lexicon, analyzer), words, CatalogWords.of(catalog, words), new ClaimIndex(analyzer),
                new ConcurrentHashMap<>(), texts, new ConcurrentHashMap<>(),
                null, null, null, null);
        List<ClaimProfile> all = profiles(bare, claims.activeStored());
        bare.index().apply(all, List.of());
        all.forEach(p -> bare.profiles().put(p.claim().id(), p));
        return withClaims(bare);
    }

    /**
     * The profiles of these claims. Their sources are read from the store first, on this thread (which
     * holds the read transaction); segmenting and stemming, the costly part and pure computation, then
     * run on every core.
     */
    private List<ClaimProfile> profiles(Engine e, List<StoredClaim> stored) {
        for (StoredClaim s : stored) {
            source(e, s.claim().source());
        }
        return stored.parallelStream().map(s -> {
            SourceText source = e.sourceTexts().get(s.claim().source());
            return ClaimProfile.of(s, e.catalog(), source == null ? null : source.text(), topics(e, source), e.qualifierWords(), analyzer);
        }).toList();
    }

    private void source(Engine e, String id) {
        if (!e.sourceTexts().containsKey(id)) {
            sources.find(id).ifPresent(source -> e.sourceTexts().put(source.id(), source));
        }
    }

    /** The entities a source's title names: what the whole article is about, so context of each of its claims. */
    private static Set<String> topics(Engine e, SourceText source) {
        if (source == null || source.def().title() == null) {
            return Set.of();
        }
        return e.topics().computeIfAbsent(source.id(), id -> {
            String title = CatalogWords.fold(source.def().title());
            return e.catalog().entities().stream().map(dev.crosscheck.catalog.EntityDef::id)
                    .filter(entity -> e.words().namesOf(entity).stream().anyMatch(title::contains))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        });
    }

    /** The engine with a claim book and checkers over its current profiles. */
    private Engine withClaims(Engine e) {
        List<StoredClaim> stored = e.profiles().values().stream().map(ClaimProfile::stored).toList();
        return withBook(e, new ClaimBook(stored, e.catalog()));
    }

    private Engine withBook(Engine e, ClaimBook book) {
        Map<String, String> titles = new LinkedHashMap<>();
        e.sourceTexts().forEach((id, st) -> titles.put(id, st.def().title()));
        Explainer explainer = new Explainer(e.catalog(), titles);
        PartExtractor extractor = e.extractor();
        return new Engine(e.catalog(), e.lexicon(), extractor, e.qualifierWords(), e.words(), e.index(), e.profiles(), e.sourceTexts(), e.topics(), book,
                new SentenceChecker(extractor, e.index(), e.profiles(), e.catalog(), book, rules, explainer, e.words()),
                new StructuredReader(e.catalog(), book), new Judge(e.catalog(), book, rules, explainer));
    }
}
