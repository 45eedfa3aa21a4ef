package io.lowvoltage.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Connection reuse: sequential GetItems on one kept-alive connection ({@code keep-alive}) versus a new TCP
 * connection for each ({@code close}: the {@link CannedServer} answers {@code /close} with
 * {@code Connection: close} and closes, so every client must connect again). Short iterations: each closed
 * connection leaves a socket in TIME_WAIT.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ConnectionReuseBenchmark {
    @Param({"lv-jdk", "lv-apache", "lv-netty", "sdk-apache", "sdk-apache5", "floor-socket"})
    public String client;

    @Param({"keep-alive", "close"})
    public String connection;

    private CannedServer server;
    private Clients clients;

    @Setup
    public void setUp() throws IOException {
        server = new CannedServer();
        URI endpoint = connection.equals("close") ? server.endpoint().resolve("/close") : server.endpoint();
        clients = Clients.create(client, endpoint);
        clients.getItem();
    }

    @TearDown
    public void tearDown() throws IOException {
        clients.close();
        server.close();
    }

    @Benchmark
    public Object getItem() {
        return clients.getItem();
    }
}
