package dev.crosscheck.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crosscheck.client.ApiClient;
import dev.crosscheck.client.ApiException;
import dev.crosscheck.client.ApiResponse;
import dev.crosscheck.client.api.CatalogApi;
import dev.crosscheck.client.api.ChecksApi;
import dev.crosscheck.client.api.ClaimsApi;
import dev.crosscheck.client.api.ExportsApi;
import dev.crosscheck.client.api.FindingsApi;
import dev.crosscheck.client.api.SourcesApi;
import dev.crosscheck.client.api.ValidationsApi;
import dev.crosscheck.client.model.CheckBatchRequest;
import dev.crosscheck.client.model.CheckBatchResult;
import dev.crosscheck.client.model.CheckEvidence;
import dev.crosscheck.client.model.CheckRequest;
import dev.crosscheck.client.model.CheckResult;
import dev.crosscheck.client.model.Claim;
import dev.crosscheck.client.model.ClaimPage;
import dev.crosscheck.client.model.ClaimWrite;
import dev.crosscheck.client.model.ClaimsFile;
import dev.crosscheck.client.model.CompareRequest;
import dev.crosscheck.client.model.CompareResult;
import dev.crosscheck.client.model.CompareSide;
import dev.crosscheck.client.model.DraftCheckRequest;
import dev.crosscheck.client.model.DraftCheckResult;
import dev.crosscheck.client.model.DraftSentence;
import dev.crosscheck.client.model.Entity;
import dev.crosscheck.client.model.Finding;
import dev.crosscheck.client.model.FindingPage;
import dev.crosscheck.client.model.ImportResult;
import dev.crosscheck.client.model.Problem;
import dev.crosscheck.client.model.Property;
import dev.crosscheck.client.model.Revision;
import dev.crosscheck.client.model.Source;
import dev.crosscheck.client.model.SourceCreate;
import dev.crosscheck.client.model.Unit;
import dev.crosscheck.client.model.ValidationIssue;
import dev.crosscheck.client.model.ValidationReport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The API through a Java client generated from the committed contract (openapi-generator, native
 * library, generated into target/generated-test-sources by the build) and nothing else: every call
 * is a generated method, every result a generated model. It fails where the contract does not
 * describe what the service does: a body the client cannot read, a field it does not know (the
 * client's mapper fails on unknown properties here), a request the client builds that the
 * service refuses.
 */
@QuarkusTest
class GeneratedClientTest {

    static final String SOURCE = "gc-source";
    static final String TEXT = "据报道，示例公司今年合作客户超过1200家，\n服务覆盖30多个国家和地区。";

    @TestHTTPResource("/")
    URI base;

    ApiClient anyone;
    ApiClient editor;

    @BeforeEach
    void clients() throws ApiException {
        anyone = client(null);
        editor = client("dev-editor-key");
        try {
            new SourcesApi(client("dev-admin-key")).createSource(new SourceCreate().id(SOURCE).title("生成客户端测试来源").text(TEXT)
                    .language("zh").scripts(List.of("zh-Hans")));
        } catch (ApiException e) {
            assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(409);
        }
    }

    /** A client of the test service; the key, when given, in the X-API-Key header. */
    ApiClient client(String key) {
        ApiClient c = new ApiClient();
        c.updateBaseUri(base.toString().replaceAll("/$", ""));
        c.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        if (key != null) {
            c.setRequestInterceptor(request -> request.header("X-API-Key", key));
        }
        return c;
    }

    @Test
    void sourcesAndTheirText() throws ApiException {
        SourcesApi sources = new SourcesApi(anyone);
        assertThat(sources.listSources()).extracting(Source::getId).contains("000", "001", "002", "003", "004");
        Source s = sources.getSource("002");
        assertThat(s.getSha256()).isEqualTo("08e8945e5b6b0b5855580ca8040f06ccd4b2c431eaaf19d893262632e25e46b8");
        assertThat(s.getLength()).isEqualTo(8790);
        assertThat(s.getScripts()).containsExactly("zh-Hant");

        Claim c = new ClaimsApi(anyone).getClaim("002-manycore-customers", null, null);
        var position = c.getTarget().getPositionSelector();
        assertThat(sources.getSourceText("002", position.getEnd(), position.getStart()))
                .isEqualTo(c.getTarget().getQuoteSelector().getExact());
        assertThat(sources.getSourceText(SOURCE, null, null)).isEqualTo(TEXT);
    }

    @Test
    void claimsPageAndFilter() throws ApiException {
        ClaimsApi claims = new ClaimsApi(anyone);
        ClaimPage first = claims.listClaims(null, 1, null, null, 10, null, null);
        ClaimPage second = claims.listClaims(null, 2, null, null, 10, null, null);
        assertThat(first.getTotal()).isGreaterThanOrEqualTo(100L).isEqualTo(second.getTotal());
        assertThat(first.getPage()).isEqualTo(1);
        assertThat(first.getSize()).isEqualTo(10);
        assertThat(first.getItems()).hasSize(10);
        assertThat(first.getItems()).extracting(Claim::getId).doesNotContainAnyElementsOf(second.getItems().stream().map(Claim::getId).toList());

        ClaimPage members = claims.listClaims(null, null, "members", null, null, "002", null);
        assertThat(members.getTotal()).isEqualTo(1L);
        assertThat(members.getItems().get(0).getNormalized().getKind()).isEqualTo("entity-set");
        ClaimPage gameScience = claims.listClaims(null, null, null, null, 200, null, "Game Science");
        assertThat(gameScience.getItems()).isNotEmpty().allSatisfy(x -> assertThat(x.getSubject().getId()).isEqualTo("game-science"));
        assertThat(claims.listClaims(null, null, null, "遊戲科學", 200, null, null).getItems()).extracting(Claim::getId)
                .isNotEmpty().isEqualTo(claims.listClaims(null, null, null, "游戏科学", 200, null, null).getItems().stream().map(Claim::getId).toList());

        Claim c = claims.getClaim("002-manycore-customers", null, null);
        assertThat(c.getSubject().getId()).isEqualTo("manycore");
        assertThat(c.getUnit()).isEqualTo("firm");
        assertThat(c.getNormalized().getLow()).isEqualTo(45000.0);
        assertThat(c.getNormalized().getHigh()).isNull();
        assertThat(c.getSource().getId()).isEqualTo("002");
        assertThat(c.getTarget().getQuoteSelector().getType()).isEqualTo("TextQuoteSelector");
        assertThat(c.getTarget().getPositionSelector().getType()).isEqualTo("TextPositionSelector");
        assertThat(c.getVersion()).isPositive();
    }

    @Test
    void findingsRulesAndComparisons() throws ApiException {
        FindingsApi findings = new FindingsApi(anyone);
        FindingPage all = findings.listFindings(null, null, null, null, 200, null, null);
        assertThat(all.getRulesetVersion()).matches("[0-9a-f]{64}");
        assertThat(all.getItems()).isNotEmpty();
        Finding one = findings.getFinding(all.getItems().get(0).getId());
        assertThat(one.getId()).isEqualTo(all.getItems().get(0).getId());
        assertThat(one.getClaims()).isNotEmpty().allSatisfy(fc -> assertThat(fc.getQuoteSelector().getExact())
                .hasSize(fc.getPositionSelector().getEnd() - fc.getPositionSelector().getStart()));
        assertThat(findings.listFindings(null, null, null, "count-vs-members", null, null, "杭州六小龙").getTotal()).isEqualTo(2L);
        assertThat(findings.listClaimFindings("001-six-little-dragons-zju-genes").getItems())
                .anySatisfy(f -> {
                    assertThat(f.getKind()).isEqualTo(Finding.KindEnum.TENSION);
                    assertThat(f.getRule()).isEqualTo("single-value");
                });
        assertThat(findings.listRules().getRules()).anySatisfy(r -> assertThat(r).containsEntry("id", "single-value"));
        assertThat(findings.getRule("single-value")).containsEntry("kind", "single-valued");

        // The generated sides carry "qualifiers": {} whether set or not: an empty map must not change the comparison.
        CompareResult tension = findings.compareClaims(new CompareRequest().a(new CompareSide().id("001-six-little-dragons-zju-genes"))
                .b(new CompareSide().id("002-six-little-dragons-zju-count")));
        assertThat(tension.getRelation()).isEqualTo(CompareResult.RelationEnum.TENSION);
        CompareResult conflict = findings.compareClaims(new CompareRequest().a(new CompareSide().id("001-chengxi-national-lab-count"))
                .b(new CompareSide().subject("chengxi-corridor").property("national-lab-count").value("2").unit("institution")));
        assertThat(conflict.getRelation()).isEqualTo(CompareResult.RelationEnum.CONFLICT);
        assertThat(conflict.getRulesetVersion()).isEqualTo(all.getRulesetVersion());
    }

    @Test
    void theCatalog() throws ApiException {
        CatalogApi catalog = new CatalogApi(anyone);
        List<Entity> found = catalog.listEntities("游戏科学", null);
        assertThat(found).hasSize(1);
        assertThat(catalog.listEntities("game science", null)).extracting(Entity::getId).containsExactly(found.get(0).getId());
        assertThat(catalog.getEntity(found.get(0).getId()).getNames().get("en")).contains("Game Science");
        Property customers = catalog.getProperty("customer-count");
        assertThat(customers.getDatatype()).isEqualTo("count");
        assertThat(customers.getUnit()).isEqualTo("firm");
        assertThat(customers.getKeywords().get("en")).contains("business customers");
        assertThat(catalog.listProperties()).extracting(Property::getId).contains("customer-count", "members");
        Unit firm = catalog.listUnits().stream().filter(u -> u.getId().equals("firm")).findFirst().orElseThrow();
        assertThat(firm.getDimension()).isEqualTo("count");
        assertThat(firm.getFactor()).isEqualTo(1.0);
        assertThat(firm.getNames().get("zh-Hans")).contains("家");
    }

    @Test
    @SuppressWarnings("unchecked")
    void provenanceAndExports() throws ApiException, IOException {
        Map<String, Object> prov = (Map<String, Object>) new ExportsApi(anyone).getClaimProvenance("002-manycore-customers");
        assertThat((Map<String, Object>) prov.get("entity")).containsKeys("claim:002-manycore-customers", "source:002", "version:1");
        assertThat(prov).containsKeys("prefix", "activity", "agent");

        ExportsApi exports = new ExportsApi(anyone);
        Map<String, Object> yaml = new ObjectMapper(new YAMLFactory()).readValue(exports.exportClaims("yaml"), Map.class);
        assertThat((List<Map<String, Object>>) yaml.get("claims")).extracting(c -> c.get("id")).contains("002-manycore-customers");
        List<String> csv = Files.readAllLines(exports.exportClaims("csv").toPath(), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("id,");
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("002-manycore-customers,"));
        File bundle = exports.exportClaims("bundle");
        assertThat(bundle.getName()).matches("crosscheck-r\\d+\\.zip");
        try (ZipFile zip = new ZipFile(bundle)) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).contains("seeds/sources.yaml", "seeds/002.txt")
                    .anySatisfy(n -> assertThat(n).startsWith("claims/").endsWith(".yaml"));
        }
        Map<String, Object> reviews = new ObjectMapper().readValue(exports.exportClaims("claimreview"), Map.class);
        assertThat((List<Map<String, Object>>) reviews.get("@graph")).isNotEmpty()
                .allSatisfy(r -> assertThat(r).containsEntry("@type", "ClaimReview"));
    }

    @Test
    void sentenceBatchAndDraftChecks() throws ApiException {
        ChecksApi checks = new ChecksApi(anyone);
        // The generated request always sends "qualifiers": {}; for a sentence that is no structured claim.
        CheckResult r = checks.check(new CheckRequest().text("Manycore serves more than 45,000 business customers"));
        assertThat(r.getVerdict()).isEqualTo(CheckResult.VerdictEnum.SUPPORTED);
        assertThat(r.getInterpretation().getLang()).isEqualTo("en");
        assertThat(r.getInterpretation().getValue().getLow()).isEqualTo(45000.0);
        assertThat(r.getInterpretation().getValue().getHedge()).isEqualTo("more than");
        CheckEvidence first = r.getEvidence().get(0);
        assertThat(first.getRelation()).isEqualTo(CheckEvidence.RelationEnum.SUPPORTS);
        assertThat(first.getClaim().getSource().getId()).isEqualTo("002");
        assertThat(r.getExplanation()).startsWith("Read as: the number of business customers of Manycore");

        CheckResult structured = checks.check(new CheckRequest().subject("manycore").property("customer-count").value("超过4万").unit("firm"));
        assertThat(structured.getVerdict()).isEqualTo(CheckResult.VerdictEnum.SUPPORTED);
        assertThat(structured.getInterpretation().getProperty().getId()).isEqualTo("customer-count");

        CheckBatchResult batch = checks.checkBatch(new CheckBatchRequest().items(List.of(
                new CheckRequest().text("群核科技平台合作客户超过4万家"), new CheckRequest().text("杭州六小龙全部都有浙大基因"))));
        assertThat(batch.getResults()).extracting(CheckResult::getVerdict)
                .containsExactly(CheckResult.VerdictEnum.SUPPORTED, CheckResult.VerdictEnum.CONTESTED);

        String draft = "群核科技平台合作客户超过4万家。今天的会议很顺利。";
        DraftCheckResult d = checks.checkDraft(new DraftCheckRequest().text(draft));
        assertThat(d.getLength()).isEqualTo(draft.codePointCount(0, draft.length()));
        assertThat(d.getSummary().getSentences()).isEqualTo(2);
        assertThat(d.getSummary().getSupported()).isEqualTo(1);
        DraftSentence checked = d.getSentences().get(0);
        assertThat(checked.getStatus()).isEqualTo(DraftSentence.StatusEnum.CHECKED);
        assertThat(checked.getVerdict()).isEqualTo(DraftSentence.VerdictEnum.SUPPORTED);
        assertThat(checked.getCheck().getVerdict()).isEqualTo(CheckResult.VerdictEnum.SUPPORTED);
        assertThat(d.getSentences().get(1).getStatus()).isEqualTo(DraftSentence.StatusEnum.NOTHING_TO_CHECK);
    }

    @Test
    void suggestionsForAnEditor() throws ApiException {
        var s = new SourcesApi(editor).suggestClaims("002", 0.9);
        assertThat(s.getSource()).isEqualTo("002");
        assertThat(s.getTotal()).isEqualTo(s.getSuggestions().size());
        assertThat(s.getSuggestions()).allSatisfy(x -> assertThat(x.getScore()).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void filesAreValidatedFromAMultipartUpload(@org.junit.jupiter.api.io.TempDir Path dir) throws ApiException, IOException {
        Path good = Files.copy(Path.of("claims/claims-001.yaml"), dir.resolve("claims-001.yaml"));
        Path bad = Files.copy(Path.of("src/test/resources/validation/checks/quote-not-found/fail.yaml"), dir.resolve("claims-fail.yaml"));
        ValidationsApi validations = new ValidationsApi(anyone);
        ValidationReport ok = validations.validateClaims(List.of(good.toFile()), null, null);
        assertThat(ok.getValid()).isTrue();
        assertThat(ok.getExitCode()).isZero();
        assertThat(ok.getFiles()).containsExactly("claims-001.yaml");
        assertThat(ok.getSummary().getClaims()).isPositive();

        ValidationReport failing = validations.validateClaims(List.of(good.toFile(), bad.toFile()), "error", null);
        assertThat(failing.getValid()).isFalse();
        assertThat(failing.getFailOn()).isEqualTo(ValidationReport.FailOnEnum.ERROR);
        assertThat(failing.getFiles()).containsExactlyInAnyOrder("claims-001.yaml", "claims-fail.yaml");
        assertThat(failing.getIssues()).anySatisfy(i -> {
            assertThat(i.getCheck()).isEqualTo("quote-not-found");
            assertThat(i.getFile()).isEqualTo("claims-fail.yaml");
            assertThat(i.getSeverity()).isEqualTo(ValidationIssue.SeverityEnum.ERROR);
            assertThat(i.getLine()).isPositive();
        });
    }

    @Test
    void writesCarryTheETagAndAStaleOneIsRefused() throws ApiException {
        ClaimsApi claims = new ClaimsApi(editor);
        String id = "gc-" + UUID.randomUUID().toString().substring(0, 8);
        ClaimWrite write = new ClaimWrite().id(id).subject("manycore").property("customer-count").value("超过1200").unit("firm")
                .source(SOURCE).quote("合作客户超过1200家");
        ApiResponse<Claim> created = claims.createClaimWithHttpInfo(write, "first version");
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getData().getVersion()).isEqualTo(1L);
        assertThat(created.getData().getUpdatedBy()).isEqualTo("dev-editor");
        assertThat(created.getData().getNormalized().getLow()).isEqualTo(1200.0);
        String etag = header(created, "ETag");
        assertThat(etag).isEqualTo("\"" + id + "@1\"");

        ApiResponse<Claim> patched = claims.patchClaimWithHttpInfo(id, Map.of("note", "checked"), null, etag);
        assertThat(patched.getData().getNote()).isEqualTo("checked");
        assertThat(patched.getData().getVersion()).isEqualTo(2L);
        String etag2 = header(patched, "ETag");
        assertThat(etag2).isEqualTo("\"" + id + "@2\"");

        Problem stale = problem(412, () -> claims.patchClaim(id, Map.of("note", "again"), null, etag));
        assertThat(stale.getType()).isEqualTo("urn:crosscheck:problem:precondition-failed");
        assertThat(stale.getDetail()).contains(id);
        Problem missing = problem(428, () -> claims.replaceClaim(id, write, null, null));
        assertThat(missing.getStatus()).isEqualTo(428);

        List<Revision> history = claims.listClaimRevisions(id);
        assertThat(history).extracting(Revision::getAction).containsExactly("create", "update");
        assertThat(history.get(0).getComment()).isEqualTo("first version");
        assertThat(history.get(1).getChanges()).containsExactly("note");
        Revision firstRevision = claims.getClaimRevision(id, 1);
        assertThat(firstRevision.getRevision()).isEqualTo(1);
        assertThat(firstRevision.getActor()).isEqualTo("dev-editor");
        assertThat(firstRevision.getSnapshot()).containsEntry("value", "超过1200").containsEntry("source", SOURCE);
        assertThat(firstRevision.getSnapshot().get("note")).isNull();
        assertThat(claims.getClaimRevision(id, 2).getSnapshot()).containsEntry("note", "checked");

        Claim retracted = claims.retractClaim(id, "the test is over", etag2);
        assertThat(retracted.getRetracted()).isTrue();
        assertThat(retracted.getRetractionReason()).isEqualTo("the test is over");
        assertThat(new ClaimsApi(anyone).getClaim(id, null, null).getRetracted()).isTrue();
    }

    @Test
    void aClaimsFileIsImportedAsAnObject() throws ApiException {
        ClaimsApi admin = new ClaimsApi(client("dev-admin-key"));
        String id = "gc-import-" + UUID.randomUUID().toString().substring(0, 8);
        ClaimsFile file = new ClaimsFile().source(SOURCE).claims(List.of(new ClaimWrite().id(id).subject("manycore")
                .property("customer-count").value("超过1200").unit("firm").source(SOURCE).quote("合作客户超过1200家")));
        ImportResult first = admin.importClaims(file, "imported by the generated client", null);
        assertThat(first.getCreated()).containsExactly(id);
        assertThat(first.getDatasetRevision()).isPositive();
        ImportResult again = admin.importClaims(file, null, false);
        assertThat(again.getUnchanged()).containsExactly(id);
        assertThat(again.getCreated()).isEmpty();
        assertThat(again.getDatasetRevision()).isEqualTo(first.getDatasetRevision());
        ApiResponse<Claim> stored = new ClaimsApi(anyone).getClaimWithHttpInfo(id, null, null);
        assertThat(stored.getData().getQuote()).isEqualTo("合作客户超过1200家");
        // Leave no figure behind that other tests' checks of the same fact would meet.
        assertThat(admin.retractClaim(id, "the test is over", header(stored, "ETag")).getRetracted()).isTrue();
    }

    @Test
    void errorsAreProblemDocuments() {
        ClaimsApi claims = new ClaimsApi(anyone);
        Problem notFound = problem(404, () -> claims.getClaim("no-such-claim", null, null));
        assertThat(notFound.getType()).isEqualTo("urn:crosscheck:problem:not-found");
        assertThat(notFound.getTitle()).isEqualTo("Not found");
        assertThat(problem(404, () -> claims.getClaimRevision("002-manycore-customers", 999)).getDetail()).contains("999");
        assertThat(problem(404, () -> new SourcesApi(anyone).getSourceText("999", null, null)).getStatus()).isEqualTo(404);

        Problem badSize = problem(400, () -> claims.listClaims(null, null, null, null, 0, null, null));
        assertThat(badSize.getErrors()).extracting(e -> e.getPointer()).containsExactly("size");
        Problem badRange = problem(400, () -> new SourcesApi(anyone).getSourceText("001", 5, 10));
        assertThat(badRange.getDetail()).contains("[10, 5)");

        ChecksApi checks = new ChecksApi(anyone);
        Problem both = problem(400, () -> checks.check(new CheckRequest().text("群核科技平台合作客户超过4万家").subject("manycore")));
        assertThat(both.getErrors()).extracting(e -> e.getPointer()).containsExactly("/text");
        Problem neither = problem(400, () -> checks.check(new CheckRequest()));
        assertThat(neither.getDetail()).contains("give a sentence");
        Problem incomplete = problem(400, () -> checks.check(new CheckRequest().subject("manycore").qualifiers(Map.of("asOf", "2024"))));
        assertThat(incomplete.getErrors()).extracting(e -> e.getPointer()).contains("/property", "/value");

        Problem anonymous = problem(401, () -> claims.createClaim(new ClaimWrite().id("gc-x").subject("manycore")
                .property("customer-count").value("1").source(SOURCE).quote("合作客户"), null));
        assertThat(anonymous.getStatus()).isEqualTo(401);
        Problem unknown = problem(422, () -> new FindingsApi(anyone).compareClaims(new CompareRequest()
                .a(new CompareSide().id("no-such-claim")).b(new CompareSide().id("002-manycore-customers"))));
        assertThat(unknown.getErrors()).extracting(e -> e.getPointer()).containsExactly("/a/id");
    }

    /** The call fails with the status, as an ApiException whose body is a problem document. */
    Problem problem(int status, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(status);
        assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        try {
            Problem p = anyone.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            assertThat(p.getStatus()).isEqualTo(status);
            return p;
        } catch (IOException ex) {
            throw new AssertionError("not a problem document: " + e.getResponseBody(), ex);
        }
    }

    static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
