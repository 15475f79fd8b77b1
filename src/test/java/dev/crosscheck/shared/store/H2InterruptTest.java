package dev.crosscheck.shared.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store survives a thread interrupted while it writes. A plain H2 file closes its
 * channel when the writing thread is interrupted (the transaction manager's reaper does that to a
 * transaction past its timeout), after which every pooled connection fails until restart; the
 * configured URL must use H2's {@code retry:} file system, which reopens the channel.
 */
class H2InterruptTest {

    /** One autocommitted insert; counted as acknowledged when it returns. */
    private static boolean insert(PreparedStatement insert, String value, AtomicLong acked) {
        try {
            insert.setString(1, value);
            insert.executeUpdate();
            acked.incrementAndGet();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Test
    void interruptedWritesLeaveTheConfiguredStoreUsable(@TempDir Path dir) throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        String url = p.getProperty("quarkus.datasource.jdbc.url").replace("${crosscheck.data-dir}", dir.toString());
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE t(id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(200))");
        }
        AtomicLong acked = new AtomicLong();
        AtomicLong failedAfter = new AtomicLong();
        Thread writer = new Thread(() -> {
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO t(v) VALUES (?)")) {
                for (int i = 0; i < 4_000; i++) {
                    if (!insert(insert, "row " + i, acked)) {
                        Thread.interrupted();
                    }
                }
                // The interrupts are over: the same connection must write again.
                for (int i = 0; i < 100; i++) {
                    if (!insert(insert, "after " + i, acked)) {
                        failedAfter.incrementAndGet();
                    }
                }
            } catch (SQLException e) {
                failedAfter.incrementAndGet();
            }
        });
        writer.start();
        for (int i = 0; i < 40 && writer.isAlive(); i++) {
            Thread.sleep(10);
            writer.interrupt();
        }
        writer.join();
        assertThat(failedAfter.get()).as("writes failing once the interrupts stopped").isZero();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
            r.next();
            assertThat(r.getLong(1)).as("acknowledged rows present").isEqualTo(acked.get());
        }
    }
}
