package dev.crosscheck.check;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence retrieval: an in-memory Lucene index with one document per claim in force, holding
 * what the claim can cover ({@link ClaimProfile}): its folded Chinese text (quote, source sentence,
 * labels, names) segmented by SmartChineseAnalyzer, its English stems, and language-neutral
 * anchors (entity ids, figures, years) through which an English sentence finds a Chinese claim.
 * A sentence's parts become one query; the best-scoring claims are the candidates the aligner
 * examines. Retrieval only proposes: no score decides a verdict.
 *
 * <p>Updated per claim when claims change (a write costs a document, not a rebuild); searches
 * read the last refreshed point-in-time view and never block on writers.
 */
final class ClaimIndex implements AutoCloseable {

    static final String ID = "id";
    static final String ANCHOR = "anchor";
    static final String ZH = "zh";
    static final String EN = "en";

    private static final float ENTITY_BOOST = 4f;
    private static final float FIGURE_BOOST = 3f;
    private static final float YEAR_BOOST = 1.5f;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TermAnalyzer analyzer;

    ClaimIndex(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        try {
            Analyzer perField = new PerFieldAnalyzerWrapper(new WhitespaceAnalyzer(), Map.of(ZH, analyzer.chinese()));
            writer = new IndexWriter(directory, new IndexWriterConfig(perField).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces claims, removes others, then makes the change visible to searches. */
    void apply(Collection<ClaimProfile> upserts, Collection<String> removed) {
        try {
            // The writer takes documents from several threads at once, each segmenting its own: a large
            // change (an import, the start-up build) uses every core.
            upserts.parallelStream().forEach(p -> {
                try {
                    writer.updateDocument(new Term(ID, p.claim().id()), document(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (String id : removed) {
                writer.deleteDocuments(new Term(ID, id));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether two profiles of a claim give the same index document (what {@link #document} reads). */
    static boolean sameDocument(ClaimProfile before, ClaimProfile after) {
        return before != null && before.claim().id().equals(after.claim().id()) && before.anchors().equals(after.anchors())
                && before.text().equals(after.text()) && before.stems().equals(after.stems());
    }

    private static Document document(ClaimProfile p) {
        Document d = new Document();
        d.add(new StringField(ID, p.claim().id(), Field.Store.YES));
        for (String a : p.anchors()) {
            d.add(new StringField(ANCHOR, a, Field.Store.NO));
        }
        d.add(new TextField(ZH, p.text(), Field.Store.NO));
        d.add(new TextField(EN, String.join(" ", p.stems()), Field.Store.NO));
        return d;
    }

    /** Ids of the claims that share most with the sentence's parts, best first. */
    List<String> candidates(SentenceParts s, int limit) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        Set<String> seen = new LinkedHashSet<>();
        for (StatementPart p : s.parts()) {
            switch (p.kind()) {
                case ENTITY -> should(q, seen, ANCHOR, "e:" + p.id(), ENTITY_BOOST);
                case FIGURE -> {
                    Set<String> numbers = new LinkedHashSet<>();
                    ClaimProfile.number(numbers, p.mention().interval().low());
                    ClaimProfile.number(numbers, p.mention().interval().high());
                    numbers.forEach(n -> should(q, seen, ANCHOR, n, FIGURE_BOOST));
                }
                case YEAR -> {
                    should(q, seen, ANCHOR, "y:" + (long) p.mention().interval().low(), YEAR_BOOST);
                    should(q, seen, ANCHOR, "n:" + (long) p.mention().interval().low(), YEAR_BOOST);
                }
                case TERM, VOCABULARY, QUALIFIER, CATEGORY -> {
                    String folded = dev.crosscheck.shared.text.TextFolder.fold(p.text()).toLowerCase(java.util.Locale.ROOT);
                    if (p.is(StatementPart.Kind.TERM) && !TermAnalyzer.isHan(p.id())) {
                        should(q, seen, EN, p.id(), 1f);
                    } else if (folded.chars().allMatch(ch -> ch < 128)) {
                        // An English word of a vocabulary, qualifier or category is looked up by its stems, as terms are.
                        analyzer.stems(folded).forEach(stem -> should(q, seen, EN, stem, 1f));
                    } else if (p.is(StatementPart.Kind.TERM)) {
                        for (String token : p.value().split(" ")) {
                            should(q, seen, ZH, token, 1f);
                        }
                    } else {
                        should(q, seen, ZH, folded, 1f);
                    }
                }
                default -> {
                }
            }
        }
        if (seen.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            List<String> out = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(q.build(), limit).scoreDocs) {
                out.add(searcher.storedFields().document(hit.doc).get(ID));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException ignored) {
                    // an in-memory reader: releasing cannot fail in a way that matters
                }
            }
        }
    }

    private static void should(BooleanQuery.Builder q, Set<String> seen, String field, String text, float boost) {
        if (text.isBlank() || !seen.add(field + '\u0000' + text) || seen.size() > BooleanQuery.getMaxClauseCount()) {
            return;
        }
        TermQuery t = new TermQuery(new Term(field, text));
        q.add(boost == 1f ? t : new BoostQuery(t, boost), BooleanClause.Occur.SHOULD);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
