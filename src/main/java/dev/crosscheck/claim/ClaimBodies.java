package dev.crosscheck.claim;

import dev.crosscheck.shared.yaml.YamlDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.yaml.YFields;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies (JSON or YAML) into claim inputs with the same readers the CLI uses for
 * claims files, so the API and the validator apply exactly the same checks.
 */
public final class ClaimBodies {

    public static final String BODY = "request body";

    private ClaimBodies() {
    }

    /** One claim object. */
    public static ClaimWriteService.Inputs claim(byte[] body, long maxBytes) {
        List<Issue> issues = new ArrayList<>();
        YamlDocument parsed = YamlDocument.parse(BODY, body, issues, maxBytes);
        List<ClaimInput> out = new ArrayList<>();
        if (parsed != null) {
            YFields f = new YFields(BODY, issues);
            f.asMap(parsed.root(), "the claim", null).map(m -> ClaimFileReader.claim(m, f, null)).ifPresent(out::add);
        }
        return new ClaimWriteService.Inputs(out, issues);
    }

    /** A claims file: {@code source:} default and a {@code claims:} list. */
    public static ClaimWriteService.Inputs file(byte[] body, long maxBytes) {
        List<Issue> issues = new ArrayList<>();
        YamlDocument parsed = YamlDocument.parse(BODY, body, issues, maxBytes);
        List<ClaimInput> out = parsed == null ? List.of() : ClaimFileReader.read(parsed.root(), new YFields(BODY, issues));
        return new ClaimWriteService.Inputs(out, issues);
    }

    /** Applies an RFC 7396 JSON Merge Patch to a claim's writable fields and returns the result as a body. */
    public static byte[] mergePatch(Map<String, Object> current, byte[] patch, ObjectMapper json) {
        JsonNode p;
        try {
            p = json.readTree(patch);
        } catch (java.io.IOException e) {
            throw DomainException.invalidInput("the merge patch is not valid JSON", null);
        }
        if (p == null || !p.isObject()) {
            throw DomainException.invalidInput("a merge patch for a claim must be a JSON object", null);
        }
        JsonNode base = json.valueToTree(current);
        if ((p.has("quote") || p.has("source")) && !p.has("start") && !p.has("end")) {
            // The offsets placed the old quote: a new quote (or source) without offsets is placed afresh.
            ((ObjectNode) base).remove(List.of("start", "end"));
        }
        JsonNode merged = merge(base, p);
        return merged.toString().getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), merge(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }
}
