package dev.crosscheck.source;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Located;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code sources.yaml}: the description of every source document. */
public final class SourceListReader {

    /** A source's fields; {@code sha256} is written by the bundle export for the reader's sake, and recomputed, not read. */
    static final List<String> FIELDS = List.of("id", "file", "title", "authors", "publisher", "published", "language", "scripts", "url",
            "notes", "sha256");

    private SourceListReader() {
    }

    public static List<SourceDef> read(YNode root, YFields f) {
        List<SourceDef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        f.asMap(root, "sources file", null).ifPresent(doc -> {
            for (YNode item : f.list(doc, "sources", true, null)) {
                f.asMap(item, "a source", null).ifPresent(m -> {
                    String id = f.string(m, "id", true, null);
                    if (id == null) {
                        return;
                    }
                    if (!seen.add(id)) {
                        f.issue(CheckId.DUPLICATE_ID, f.at(m.get("id")), "duplicate source id '" + id + "'", id);
                        return;
                    }
                    f.onlyKnown(m, FIELDS, "source '" + id + "'", id);
                    out.add(new SourceDef(id, f.string(m, "file", true, id), f.string(m, "title", true, id),
                            f.strings(m.get("authors"), "authors", id), f.string(m, "publisher", false, id),
                            f.date(m, "published", id), f.string(m, "language", true, id), f.strings(m.get("scripts"), "scripts", id),
                            f.string(m, "url", false, id), f.strings(m.get("notes"), "notes", id)));
                });
            }
        });
        return out;
    }

    /** Where a source's {@code file} is given in the list (its entry, or the list itself), for issues about that file. */
    public static Located fileAt(YNode root, String id, YFields f) {
        if (root instanceof YNode.YMap doc && doc.get("sources") instanceof YNode.YList items) {
            for (YNode item : items.items()) {
                if (item instanceof YNode.YMap m && m.get("id") instanceof YNode.YScalar s && id.equals(s.value())) {
                    return f.at(m, "file");
                }
            }
        }
        return new Located(f.file(), 1, 1);
    }
}
