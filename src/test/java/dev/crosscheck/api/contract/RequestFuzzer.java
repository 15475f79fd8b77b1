package dev.crosscheck.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Requests for one operation of the contract, drawn from a seeded {@link Random}: each parameter
 * and body from its schema, often right, sometimes of the wrong type, out of its bounds or
 * hostile (very long, control characters, deep nesting, numbers past any integer type), so that
 * the service meets both what the contract promises to accept and what it must refuse.
 */
public final class RequestFuzzer {

    /** Values that have broken parsers and databases before: empty, blank, huge, escapes, other scripts, NUL. */
    private static final List<String> NASTY = List.of("", " ", "null", "0", "-1", "2147483648", "9223372036854775808", "1e999",
            "NaN", "true", "maybe", "%", "%zz", "../../etc/passwd", "' OR '1'='1", "<script>alert(1)</script>", "\u0000", "a\u0000b",
            "\t\r\n", "中文", "繁體中文", "𠀀𠀁", "😀", "W/\"x\"", "*", "\"quoted\"", "a".repeat(300), "字".repeat(1500));
    private static final List<String> RAW_BODIES = List.of("", "{", "}", "[]", "[1,2", "null", "123", "\"text\"", "{\"a\":",
            "{\"text\":[\"a\"]}", "{\"text\":123}", "{\"items\":{}}", "{\"left\":\"x\",\"right\":\"y\"}", "\uFEFF{}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"n\":1e999999}",
            "sources: [", "- - - -", "claims:\n  - id: [", "&a [*a, *a]");

    private final JsonNode doc;
    private final Random random;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public RequestFuzzer(JsonNode doc, Random random) {
        this.doc = doc;
        this.random = random;
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A string for a parameter of this schema: a fitting value most of the time, a nasty one otherwise. */
    public String parameter(JsonNode schema) {
        if (chance(0.3)) {
            return pick(NASTY);
        }
        JsonNode v = value(schema, 0);
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** A JSON body for this schema, or (sometimes) raw text that is no such body at all. */
    public String body(JsonNode schema, ObjectMapper json) {
        if (chance(0.25)) {
            return pick(RAW_BODIES);
        }
        try {
            return json.writeValueAsString(value(schema, 0));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value for the schema; with some chance of the wrong type or out of bounds. */
    public JsonNode value(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 6 || chance(0.12)) {
            return wrongType(depth);
        }
        if (s.has("enum")) {
            return chance(0.85) ? s.get("enum").get(random.nextInt(s.get("enum").size())) : nodes.textNode(pick(NASTY));
        }
        for (String choice : List.of("oneOf", "anyOf", "allOf")) {
            if (s.has(choice) && s.get(choice).size() > 0) {
                return value(s.get(choice).get(random.nextInt(s.get(choice).size())), depth + 1);
            }
        }
        String type = type(s);
        return switch (type) {
            case "object" -> object(s, depth);
            case "array" -> array(s, depth);
            case "integer" -> integer(s);
            case "number" -> chance(0.5) ? integer(s) : nodes.numberNode(random.nextGaussian() * 1e6);
            case "boolean" -> nodes.booleanNode(random.nextBoolean());
            case "null" -> nodes.nullNode();
            default -> nodes.textNode(text(s));
        };
    }

    private String type(JsonNode s) {
        JsonNode t = s.get("type");
        if (t == null) {
            return s.has("properties") ? "object" : s.has("items") ? "array" : "string";
        }
        if (t.isArray()) {
            return t.get(random.nextInt(t.size())).asText();
        }
        return t.asText();
    }

    private JsonNode object(JsonNode s, int depth) {
        ObjectNode o = nodes.objectNode();
        JsonNode props = s.path("properties");
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (required.contains(name) ? chance(0.95) : chance(0.5)) {
                o.set(name, value(props.get(name), depth + 1));
            }
        }
        if (s.path("additionalProperties").isObject() && chance(0.7)) {
            for (int i = random.nextInt(3); i >= 0; i--) {
                o.set(pick(List.of("asOf", "scope", "metric", "x", "")), value(s.get("additionalProperties"), depth + 1));
            }
        }
        if (chance(0.1)) {
            o.set(pick(List.of("unknown", "qualifers", "__proto__", "id")), wrongType(depth + 1));
        }
        return o;
    }

    private JsonNode array(JsonNode s, int depth) {
        ArrayNode a = nodes.arrayNode();
        int n = chance(0.05) ? 40 : random.nextInt(4);
        for (int i = 0; i < n; i++) {
            a.add(value(s.path("items"), depth + 1));
        }
        return a;
    }

    private JsonNode integer(JsonNode s) {
        if (chance(0.6)) {
            long min = s.path("minimum").asLong(0);
            long max = s.has("maximum") ? s.get("maximum").asLong() : min + 50;
            return nodes.numberNode(min + (long) (random.nextDouble() * Math.max(1, max - min + 1)));
        }
        return pick(List.of(nodes.numberNode(-1), nodes.numberNode(0), nodes.numberNode(Integer.MAX_VALUE),
                nodes.numberNode(Long.MIN_VALUE), nodes.numberNode(new BigInteger("123456789012345678901234567890")),
                nodes.numberNode(1.5)));
    }

    private String text(JsonNode s) {
        if (s.path("format").asText().equals("date")) {
            return pick(List.of("2025-02-13", "2025-13-01", "2025-02-30", "yesterday"));
        }
        int max = s.path("maxLength").asInt(40);
        if (chance(0.1)) {
            return "x".repeat(max + 1 + random.nextInt(3));
        }
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(Math.min(max, 40) + 1);
        String alphabet = "abcz09-_ 杭州群核科技超过4.5万家。,%\"'\\";
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return chance(0.2) ? pick(NASTY) : b.toString();
    }

    private JsonNode wrongType(int depth) {
        return switch (random.nextInt(7)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.numberNode(random.nextInt());
            case 2 -> nodes.booleanNode(true);
            case 3 -> nodes.textNode(pick(NASTY));
            case 4 -> depth > 6 ? nodes.arrayNode() : nodes.arrayNode().add(wrongType(depth + 1));
            case 5 -> depth > 6 ? nodes.objectNode() : nodes.objectNode().set("k", wrongType(depth + 1));
            default -> nodes.numberNode(new BigInteger("9".repeat(40)));
        };
    }

    /** A schema with its {@code $ref} (within the document) followed. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema == null ? nodes.objectNode() : schema;
        for (int hops = 0; s.has("$ref") && hops < 10; hops++) {
            s = doc.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }
}
