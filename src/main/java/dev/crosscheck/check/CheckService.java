package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.ClaimsChanged;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.dataset.SeedLoader;
import dev.crosscheck.shared.error.ProblemException;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.source.SourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks statements against the stored claims: reads a sentence or a structured claim, compares
 * it with the claims of the same fact and reaches a verdict with the evidence to cite.
 *
 * <p>The lexicon (an Aho-Corasick automaton over every name and keyword) and the claim index are
 * built when the dataset is loaded and rebuilt after every committed change of claims, so a check
 * costs one scan of the sentence and a few comparisons.
 */
@ApplicationScoped
public class CheckService {

    private final DatasetService dataset;
    private final ClaimService claims;
    private final SourceService sources;
    private final CheckRules rules;
    private volatile Engine engine;

    /** Everything built from one version of the data. */
    private record Engine(Catalog catalog, SentenceInterpreter sentences, StructuredReader structured, Judge judge) {
    }

    public CheckService(DatasetService dataset, ClaimService claims, SourceService sources, CheckRules rules) {
        this.dataset = dataset;
        this.claims = claims;
        this.sources = sources;
        this.rules = rules;
    }

    // Rebuilt as soon as the data changes, so that no check pays for it.
    void onDatasetLoaded(@Observes SeedLoader.DatasetLoaded loaded) {
        rebuild();
    }

    void onClaimsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimsChanged changed) {
        rebuild();
    }

    /** Rebuilds the lexicon and claim index from the catalog and the claims in force. */
    public synchronized void rebuild() {
        engine = build(dataset.catalog());
    }

    public CheckResult check(CheckInput input) {
        Engine e = engine();
        List<Interpretation> statements = input instanceof CheckInput.Text t ? e.sentences().interpretAll(t.text(), t.lang())
                : List.of(e.structured().read((CheckInput.Structured) input));
        return e.judge().judgeAll(statements);
    }

    /** Checks each input in order; an invalid one fails the whole batch, naming its position. */
    public List<CheckResult> checkAll(List<CheckInput> inputs) {
        List<CheckResult> out = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            try {
                out.add(check(inputs.get(i)));
            } catch (ProblemException ex) {
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
            e = engine;
            if (e == null || e.catalog() != catalog) {
                e = build(catalog);
                engine = e;
            }
            return e;
        }
    }

    private Engine build(Catalog catalog) {
        ClaimBook book = new ClaimBook(claims.activeStored(), catalog);
        Lexicon lexicon = Lexicon.build(catalog, QualifierWords.load());
        Map<String, String> titles = new LinkedHashMap<>();
        for (SourceText s : sources.list()) {
            titles.put(s.id(), s.def().title());
        }
        Explainer explainer = new Explainer(catalog, titles);
        return new Engine(catalog, new SentenceInterpreter(catalog, lexicon, book), new StructuredReader(catalog, book),
                new Judge(catalog, book, rules, explainer));
    }
}
