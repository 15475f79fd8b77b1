package dev.crosscheck.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The committed contract, {@code openapi/openapi.yaml}, as a judge of responses: the operation is
 * found by method and path template, the response by status and media type, and a JSON body is
 * validated against that response's schema ($refs resolved in the document, the OpenAPI 3.1
 * dialect of JSON Schema 2020-12). Anything the contract does not document is a violation: a
 * status, a media type, a body where none is declared.
 */
public final class OpenApiContract {

    /** A response as the client saw it. {@code header} looks a response header up by name, case-insensitively. */
    public record Exchange(String method, String path, int status, String contentType, Function<String, String> header, byte[] body) {
    }

    private static final Path DOCUMENT = Path.of("openapi/openapi.yaml");
    private static final Set<String> UNDOCUMENTED_METHODS = Set.of("head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile OpenApiContract committed;

    private final JsonNode doc;
    private final JsonSchema root;
    private final List<Template> templates;
    private final Map<List<String>, JsonSchema> schemas = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern, int literals) {
    }

    private OpenApiContract(JsonNode doc) {
        this.doc = doc;
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        this.root = factory.getSchema(SchemaLocation.of(DOCUMENT.toAbsolutePath().toUri().toString()), doc, config);
        List<Template> t = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(p -> t.add(template(p)));
        // The most literal template first: /claims/import before /claims/{id}.
        t.sort(Comparator.comparingInt(Template::literals).reversed());
        this.templates = List.copyOf(t);
    }

    /** The committed document, read once per test JVM. */
    public static OpenApiContract committed() {
        if (committed == null) {
            synchronized (OpenApiContract.class) {
                if (committed == null) {
                    committed = of(DOCUMENT);
                }
            }
        }
        return committed;
    }

    public static OpenApiContract of(Path document) {
        try {
            return new OpenApiContract(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OpenApiContract of(JsonNode document) {
        return new OpenApiContract(document);
    }

    public JsonNode document() {
        return doc;
    }

    /** Everything about the exchange that the contract does not allow; empty when it conforms. */
    public List<String> violations(Exchange e) {
        if (!e.path().startsWith("/api/") || UNDOCUMENTED_METHODS.contains(e.method().toLowerCase(Locale.ROOT))) {
            // The desk, /q/openapi and /q/health are not part of the API; HEAD and OPTIONS are the platform's.
            return List.of();
        }
        Optional<Template> template = templates.stream().filter(t -> t.pattern().matcher(e.path()).matches()).findFirst();
        if (template.isEmpty()) {
            return unroutable(e, 404, "no path of the contract matches " + e.path());
        }
        JsonNode item = doc.path("paths").path(template.get().path());
        String method = e.method().toLowerCase(Locale.ROOT);
        if (!item.has(method)) {
            return methodNotAllowed(e, item);
        }
        String where = method.toUpperCase(Locale.ROOT) + " " + template.get().path();
        JsonNode responses = item.path(method).path("responses");
        String code = String.valueOf(e.status());
        if (!responses.has(code)) {
            return List.of(where + " does not document status " + code + " (documented: " + fieldNames(responses) + ")");
        }
        return body(e, where, resolved(List.of("paths", template.get().path(), method, "responses", code)));
    }

    /** The location of a response, following its $ref into components/responses. */
    private List<String> resolved(List<String> at) {
        String ref = node(at).path("$ref").asText("");
        String prefix = "#/components/responses/";
        return ref.startsWith(prefix) ? List.of("components", "responses", ref.substring(prefix.length())) : at;
    }

    private JsonNode node(List<String> at) {
        JsonNode node = doc;
        for (String segment : at) {
            node = node.path(segment);
        }
        return node;
    }

    private List<String> body(Exchange e, String where, List<String> at) {
        JsonNode content = node(at).path("content");
        boolean empty = e.body() == null || e.body().length == 0;
        String type = mediaType(e.contentType());
        if (type == null && empty) {
            return content.isEmpty() ? List.of() : List.of(where + " " + e.status() + " documents a body (" + fieldNames(content)
                    + ") and none came");
        }
        if (type == null) {
            return List.of(where + " " + e.status() + " has a body but no Content-Type");
        }
        if (!content.has(type)) {
            if (empty && content.isMissingNode()) {
                return List.of();
            }
            return List.of(where + " " + e.status() + " does not document the media type " + type + " (documented: "
                    + fieldNames(content) + ")");
        }
        JsonNode media = content.path(type);
        if (!media.has("schema")) {
            return List.of(where + " " + e.status() + " " + type + " has no schema in the contract");
        }
        if (!isJson(type)) {
            return List.of();
        }
        List<String> schema = new ArrayList<>(at);
        schema.addAll(List.of("content", type, "schema"));
        return validate(schema, e.body(), where + " " + e.status() + " " + type);
    }

    /** Validates a JSON body against the schema found by following {@code at} (names of the document, unescaped) from its root. */
    public List<String> validate(List<String> at, byte[] body, String what) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException ex) {
            return List.of(what + ": the body is not JSON: " + ex.getMessage().lines().findFirst().orElse(""));
        }
        if (node == null || node.isMissingNode()) {
            return List.of(what + ": the body is empty");
        }
        JsonSchema schema = schemas.computeIfAbsent(List.copyOf(at), this::schemaAt);
        Set<ValidationMessage> messages = schema.validate(node);
        return messages.stream().map(m -> what + ": " + (m.getMessage().startsWith(":") ? "(root)" + m.getMessage() : m.getMessage())).sorted().toList();
    }

    private JsonSchema schemaAt(List<String> at) {
        JsonNodePath path = new JsonNodePath(PathType.JSON_POINTER);
        for (String segment : at) {
            path = path.append(segment);
        }
        return root.getSubSchema(path);
    }

    /** A path no operation serves: only a not-found problem may come back. */
    private List<String> unroutable(Exchange e, int expected, String why) {
        List<String> out = new ArrayList<>();
        if (e.status() != expected) {
            out.add(why + ", yet the service answered " + e.status() + " instead of " + expected);
        }
        out.addAll(problem(e, e.method() + " " + e.path()));
        return out;
    }

    /** A documented path, an undocumented method: 405 with Allow naming the documented methods, and a problem. */
    private List<String> methodNotAllowed(Exchange e, JsonNode item) {
        Set<String> documented = new TreeSet<>();
        item.fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT)));
        List<String> out = new ArrayList<>(unroutable(e, 405, e.method() + " is not documented for " + e.path()));
        String allow = e.header().apply("Allow");
        if (e.status() != 405) {
            return out;
        }
        if (allow == null) {
            out.add("405 for " + e.method() + " " + e.path() + " carries no Allow header");
        } else {
            Set<String> allowed = new TreeSet<>();
            for (String m : allow.split(",")) {
                allowed.add(m.strip().toUpperCase(Locale.ROOT));
            }
            allowed.removeAll(Set.of("HEAD", "OPTIONS"));
            if (!allowed.equals(documented)) {
                out.add("405 for " + e.path() + ": Allow says " + allowed + ", the contract documents " + documented);
            }
        }
        return out;
    }

    private List<String> problem(Exchange e, String what) {
        String type = mediaType(e.contentType());
        if (!"application/problem+json".equals(type)) {
            return List.of(what + " " + e.status() + " is " + type + ", not application/problem+json");
        }
        return validate(List.of("components", "schemas", "Problem"), e.body(), what + " " + e.status());
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().collect(Collectors.joining(", "));
    }

    private static Template template(String path) {
        StringBuilder regex = new StringBuilder("^");
        int literals = 0;
        for (String segment : path.substring(1).split("/")) {
            regex.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(segment));
                literals++;
            }
        }
        return new Template(path, Pattern.compile(regex.append('$').toString()), literals);
    }
}
