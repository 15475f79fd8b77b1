package dev.crosscheck.check;

import dev.crosscheck.shared.yaml.YamlReader;
import dev.crosscheck.shared.yaml.YamlSyntaxException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words that state a qualifier value in a sentence ({@code check/qualifier-words.yaml} on the
 * class path): "全国" states {@code scope: national}, "AI city" {@code metric: ai-city-ranking}.
 */
record QualifierWords(List<Entry> entries) {

    static final String RESOURCE = "check/qualifier-words.yaml";

    /** One word: the qualifier it states. */
    record Entry(String key, String value, String word) {
    }

    static QualifierWords load() {
        try (InputStream in = QualifierWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static QualifierWords parse(String yaml) {
        Object root;
        try {
            root = YamlReader.read(yaml).plain();
        } catch (YamlSyntaxException e) {
            throw new IllegalStateException(RESOURCE + " is not valid YAML: " + e.getMessage(), e);
        }
        List<Entry> out = new ArrayList<>();
        Map<String, Object> keys = (Map<String, Object>) ((Map<String, Object>) root).get("qualifiers");
        keys.forEach((key, values) -> ((Map<String, Object>) values).forEach((value, byLang) ->
                ((Map<String, Object>) byLang).values().forEach(words -> {
                    for (Object w : (List<Object>) words) {
                        out.add(new Entry(key, value, String.valueOf(w)));
                    }
                })));
        return new QualifierWords(List.copyOf(out));
    }
}
