package dev.crosscheck.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.Violation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stored sources: metadata, text slices by code point, and the folded texts quotes are anchored against. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SourceService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    /** Folding a text is linear but not free; texts never change once stored. */
    private final Map<String, SourceText> texts = new ConcurrentHashMap<>();

    private final dev.crosscheck.shared.store.DatasetRevisions revisions;

    public SourceService(ObjectMapper json, dev.crosscheck.shared.store.DatasetRevisions revisions) {
        this.json = json;
        this.revisions = revisions;
    }

    public List<SourceText> list() {
        PanacheQuery<SourceEntity> q = SourceEntity.findAll(io.quarkus.panache.common.Sort.by("id"));
        return q.list().stream().map(this::toText).toList();
    }

    public Optional<SourceText> find(String id) {
        SourceText cached = texts.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return SourceEntity.<SourceEntity>findByIdOptional(id).map(this::toText);
    }

    public SourceText get(String id) {
        return find(id).orElseThrow(() -> DomainException.notFound("source", id));
    }

    /** All stored sources by id, for anchoring. */
    public Map<String, SourceText> byId() {
        Map<String, SourceText> out = new LinkedHashMap<>();
        for (SourceText s : list()) {
            out.put(s.id(), s);
        }
        return out;
    }

    /** The code points {@code [start, end)} of a source's original text. */
    public String slice(String id, Integer start, Integer end) {
        SourceText s = get(id);
        int from = start == null ? 0 : start;
        int to = end == null ? s.length() : end;
        if (from < 0 || to > s.length() || from > to) {
            throw DomainException.invalidInput("the range [" + from + ", " + to + ") is not within the source's "
                    + s.length() + " code points", List.of(
                    Violation.of(from < 0 || from > to ? "start" : "end",
                            "must satisfy 0 <= start <= end <= " + s.length())));
        }
        return s.folded().originalSlice(from, to);
    }

    /** Adds a new source; its fingerprint is computed from the text's UTF-8 bytes. */
    @Transactional
    public SourceText create(SourceDef def, String text, String actor) {
        if (SourceEntity.findById(def.id()) != null) {
            throw DomainException.of(DomainException.Kind.ALREADY_EXISTS, "source '" + def.id() + "' already exists");
        }
        SourceText s = SourceText.of(def, text);
        store(s, actor);
        revisions.next();
        return s;
    }

    @Transactional
    public void store(SourceText s, String actor) {
        SourceEntity e = new SourceEntity();
        e.createdAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        e.createdBy = actor;
        SourceDef d = s.def();
        e.id = d.id();
        e.fileName = d.file();
        e.title = d.title();
        e.authors = write(d.authors());
        e.publisher = d.publisher();
        e.published = d.published();
        e.language = d.language();
        e.scripts = write(d.scripts());
        e.url = d.url();
        e.notes = write(d.notes());
        e.body = s.text();
        e.sha256 = s.sha256();
        e.lengthCp = s.length();
        e.persist();
        // Stored, a source is no longer the file it was read from: reports of the running service name no file of its own.
        texts.put(s.id(), s.path() == null ? s : new SourceText(d, s.text(), s.sha256(), s.length(), s.folded()));
    }

    public long count() {
        return SourceEntity.count();
    }

    private SourceText toText(SourceEntity e) {
        return texts.computeIfAbsent(e.id, id -> {
            SourceDef def = new SourceDef(e.id, e.fileName, e.title, read(e.authors), e.publisher, e.published, e.language, read(e.scripts), e.url,
                    read(e.notes));
            return new SourceText(def, e.body, e.sha256, e.lengthCp, dev.crosscheck.shared.text.FoldedText.of(e.body));
        });
    }

    private String write(List<String> list) {
        try {
            return json.writeValueAsString(list == null ? List.of() : list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String s) {
        try {
            return s == null ? List.of() : json.readValue(s, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON list in source table", e);
        }
    }
}
