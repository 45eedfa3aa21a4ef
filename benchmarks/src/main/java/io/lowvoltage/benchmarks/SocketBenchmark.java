package io.lowvoltage.benchmarks;

import java.io.IOException;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Client overhead per call over a real socket: GetItem and PutItem against a {@link CannedServer} on 127.0.0.1
 * with keep-alive, from one thread and from 8, for every client of {@link Clients}. A client's overhead is its
 * time minus the floor of the same HTTP library in the same mode ({@code floor-jdk} for {@code lv-jdk},
 * {@code floor-apache5-classic} for {@code lv-apache}, whose blocking calls use the classic client, and for
 * {@code sdk-apache5}, {@code floor-urlconnection} for {@code sdk-urlconnection}, {@code floor-socket} for the
 * rest; {@code floor-apache5} is the async client's floor). The SDK needs 15 to 20 s of JIT warm-up: 30 s here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class SocketBenchmark {
    @Param({"lv-jdk", "lv-apache", "lv-netty", "sdk-urlconnection", "sdk-apache", "sdk-apache5", "floor-socket",
            "floor-jdk", "floor-apache5", "floor-apache5-classic", "floor-urlconnection"})
    public String client;

    private CannedServer server;
    private Clients clients;

    @Setup
    public void setUp() throws IOException {
        server = new CannedServer();
        clients = Clients.create(client, server.endpoint());
        clients.getItem();
        clients.putItem();
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

    @Benchmark
    public Object putItem() {
        return clients.putItem();
    }

    @Benchmark
    @Threads(8)
    public Object getItem8Threads() {
        return clients.getItem();
    }

    @Benchmark
    @Threads(8)
    public Object putItem8Threads() {
        return clients.putItem();
    }
}
