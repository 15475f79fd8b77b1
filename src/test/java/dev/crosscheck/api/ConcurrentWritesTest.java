package dev.crosscheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.crosscheck.api.WriteApiTest.ADMIN;
import static dev.crosscheck.api.WriteApiTest.EDITOR;
import static dev.crosscheck.api.WriteApiTest.SOURCE;
import static dev.crosscheck.api.WriteApiTest.as;
import static dev.crosscheck.api.WriteApiTest.claim;
import static dev.crosscheck.api.WriteApiTest.newId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers that collide: imports and edits of the same claims at once, and many creates of one id.
 * Every answer is a success or a problem a client can act on (409, 412, or 503 with Retry-After);
 * none is a 500, and the history of every claim stays whole (one revision per version).
 */
@QuarkusTest
class ConcurrentWritesTest {

    @org.junit.jupiter.api.BeforeEach
    void addSource() {
        new WriteApiTest().addSource();
    }

    @Test
    void importsAndEditsOfTheSameClaimsAtOnceNeverFail() throws Exception {
        List<String> ids = List.of(newId(), newId(), newId(), newId());
        for (String id : ids) {
            as(EDITOR).contentType("application/json").body(claim(id, "合作客户超过1200家")).post("/api/v1/claims").then().statusCode(201);
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Callable<Void>> work = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            int writer = w;
            work.add(() -> {
                for (int i = 0; i < 6; i++) {
                    String id = ids.get((writer + i) % ids.size());
                    Response r = as(EDITOR).contentType("application/merge-patch+json").header("If-Match", "*")
                            .body(Map.of("note", "edit " + writer + "." + i)).patch("/api/v1/claims/" + id);
                    count(statuses, r);
                }
                return null;
            });
        }
        for (int w = 0; w < 4; w++) {
            int importer = w;
            work.add(() -> {
                for (int i = 0; i < 3; i++) {
                    StringBuilder file = new StringBuilder("source: " + SOURCE + "\nclaims:\n");
                    // Each importer lists the claims in another order: the locks must not follow it.
                    for (int k = 0; k < ids.size(); k++) {
                        String id = ids.get((importer + k) % ids.size());
                        file.append("  - {id: ").append(id).append(", subject: manycore, property: customer-count, value: 超过1200, unit: firm, ")
                                .append("quote: 合作客户超过1200家, note: import ").append(importer).append('.').append(i).append("}\n");
                    }
                    Response r = as(ADMIN).contentType("application/yaml").queryParam("overwrite", "true")
                            .body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/claims/import");
                    count(statuses, r);
                }
                return null;
            });
        }
        runAtOnce(work);
        assertThat(statuses.keySet()).as("statuses %s", statuses).isSubsetOf(200, 503);
        assertThat(statuses.get(200).get()).isGreaterThan(0);
        for (String id : ids) {
            Response c = given().get("/api/v1/claims/" + id);
            int version = c.jsonPath().getInt("version");
            List<Integer> revisions = given().get("/api/v1/claims/" + id + "/revisions").jsonPath().getList("revision", Integer.class);
            assertThat(revisions).as("history of %s", id).hasSize(version).doesNotHaveDuplicates();
        }
    }

    @Test
    void manyCreatesOfOneIdMakeOneClaim() throws Exception {
        String id = newId();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Callable<Void>> work = new ArrayList<>();
        for (int w = 0; w < 16; w++) {
            work.add(() -> {
                count(statuses, as(EDITOR).contentType("application/json").body(claim(id, "合作客户超过1200家")).post("/api/v1/claims"));
                return null;
            });
        }
        runAtOnce(work);
        assertThat(statuses.get(201)).as("statuses %s", statuses).hasValue(1);
        assertThat(statuses.keySet()).as("statuses %s", statuses).isSubsetOf(201, 409, 503);
        given().get("/api/v1/claims/" + id + "/revisions").then().statusCode(200).body("$", org.hamcrest.Matchers.hasSize(1));
    }

    private static void count(Map<Integer, AtomicInteger> statuses, Response r) {
        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        if (r.statusCode() >= 400) {
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        if (r.statusCode() == 503) {
            assertThat(r.header("Retry-After")).isNotBlank();
        }
    }

    /** Starts every task at the same moment, so that they really collide, and waits for all. */
    private static void runAtOnce(List<Callable<Void>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> c : work) {
            futures.add(pool.submit(() -> {
                start.await();
                return c.call();
            }));
        }
        start.countDown();
        for (Future<Void> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
