package dev.crosscheck.check;

import dev.crosscheck.shared.error.ProblemMapper;
import dev.crosscheck.shared.failure.DomainException;
import dev.crosscheck.shared.failure.WorkBudget;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Long work stops when its client has gone or its deadline has passed, instead of holding a core for nobody. */
@QuarkusTest
class WorkBudgetTest {

    @Inject
    CheckService checks;

    @TestHTTPResource("/")
    URL root;

    private static List<CheckInput> sentences(int n) {
        List<CheckInput> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new CheckInput.Text("群核科技的平台合作客户超过" + (i + 1) + "万家", null));
        }
        return out;
    }

    @Test
    void aBatchStopsAtTheFirstItemAfterItsClientHasGone() {
        AtomicInteger asked = new AtomicInteger();
        WorkBudget goneAfterTwo = WorkBudget.of(Duration.ofMinutes(1), () -> asked.incrementAndGet() > 2);
        assertThatThrownBy(() -> checks.checkAll(sentences(50), goneAfterTwo)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.ABANDONED))
                .hasMessageContaining("after 2 of 50 items");
        assertThat(asked).hasValue(3);
        assertThat(checks.checkAll(sentences(3), WorkBudget.of(Duration.ofMinutes(1), () -> false))).hasSize(3);
    }

    @Test
    void aDraftPastItsDeadlineStopsAsABusyServiceWould() throws Exception {
        WorkBudget spent = WorkBudget.of(Duration.ofNanos(1), () -> false);
        Thread.sleep(2);
        assertThatThrownBy(() -> checks.checkDraft("群核科技的平台合作客户超过4.5万家。宇树科技位于杭州。", null, spent))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.OVER_BUDGET))
                .hasMessageContaining("time budget");
    }

    /** Over HTTP: the client sends a large batch and hangs up; the service stops well before the end of it. */
    @Test
    void aBatchWhoseClientHangsUpIsNotCheckedToTheEnd() throws Exception {
        List<String> stopped = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getMessage() != null && r.getMessage().startsWith("stopped /api/v1/checks/batch")) {
                    stopped.add(r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ProblemMapper.class.getName());
        log.addHandler(capture);
        try {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                items.append(i == 0 ? "" : ",").append("{\"text\":\"2025年杭州平均每天诞生").append(200 + i)
                        .append("多家企业，群核科技的平台合作客户超过4.5万家\"}");
            }
            byte[] body = ("{\"items\":[" + items + "]}").getBytes(StandardCharsets.UTF_8);
            try (Socket s = new Socket(root.getHost(), root.getPort())) {
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/v1/checks/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                Thread.sleep(300);
            }
            long until = System.currentTimeMillis() + 30_000;
            while (stopped.isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
        } finally {
            log.removeHandler(capture);
        }
        assertThat(stopped).singleElement().asString().contains("the client closed the connection after").contains("of 1000 items");
        int done = Integer.parseInt(stopped.get(0).replaceAll(".*after (\\d+) of 1000.*", "$1"));
        assertThat(done).isLessThan(1000);
    }
}
