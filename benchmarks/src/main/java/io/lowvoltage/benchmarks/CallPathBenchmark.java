package io.lowvoltage.benchmarks;

import io.lowvoltage.Connection;
import io.lowvoltage.RequestListener;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.GetItemResponse;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.PutItemResponse;
import io.lowvoltage.credentials.StaticCredentials;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The whole call path with the network taken out: build the request, write its JSON, sign it, hand it to the
 * HTTP layer, check the CRC32 and parse the response. LowVoltage's {@code connection.request} on an
 * {@link InMemoryTransport}, the SDK's client on a {@link StubSdkHttpClient}; both get the same canned bytes.
 * The SDK needs 15 to 20 s of JIT warm-up to be steady: 30 s here. {@code getItemLowVoltageNoOpListener} is the
 * same GetItem as {@code getItemLowVoltage} with one no-op listener registered: the zero-cost check of listeners.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CallPathBenchmark {
    private Map<String, Object> item;
    private Map<String, AttributeValue> sdkItem;
    private Connection getConnection;
    private Connection putConnection;
    private Connection listenedConnection;
    private DynamoDbClient sdkGet;
    private DynamoDbClient sdkPut;

    @Setup
    public void setUp() {
        item = Fixtures.item();
        sdkItem = Fixtures.sdkItem();
        getConnection = connection(new InMemoryTransport(Fixtures.getItemResponse()));
        putConnection = connection(new InMemoryTransport(Fixtures.putItemResponse()));
        listenedConnection = connection(new InMemoryTransport(Fixtures.getItemResponse()), new RequestListener() {
        });
        sdkGet = Sdk.client(new StubSdkHttpClient(Fixtures.getItemResponse()), null);
        sdkPut = Sdk.client(new StubSdkHttpClient(Fixtures.putItemResponse()), null);
        if (getItemLowVoltage().item().size() != 12 || getItemSdk().item().size() != 12) {
            throw new IllegalStateException("GetItem did not return the 12 attributes");
        }
    }

    private static Connection connection(InMemoryTransport transport, RequestListener... listeners) {
        Connection.Builder builder = Connection.builder()
                .region(Fixtures.REGION)
                .credentials(new StaticCredentials(Fixtures.ACCESS_KEY, Fixtures.SECRET_KEY))
                .transport(transport);
        for (RequestListener listener : listeners) {
            builder.listener(listener);
        }
        return builder.build();
    }

    @TearDown
    public void tearDown() {
        getConnection.close();
        putConnection.close();
        listenedConnection.close();
        sdkGet.close();
        sdkPut.close();
    }

    @Benchmark
    public GetItemResponse getItemLowVoltage() {
        return getConnection.request(new GetItem(Fixtures.TABLE, Fixtures.key()));
    }

    /**
     * {@link #getItemLowVoltage()} with one no-op {@link RequestListener}: what observing costs. Without a listener
     * (and with DEBUG logging off) the connection makes no trace at all, so {@code getItemLowVoltage} is also the
     * "no listener" case of the zero-cost check.
     */
    @Benchmark
    public GetItemResponse getItemLowVoltageNoOpListener() {
        return listenedConnection.request(new GetItem(Fixtures.TABLE, Fixtures.key()));
    }

    @Benchmark
    public software.amazon.awssdk.services.dynamodb.model.GetItemResponse getItemSdk() {
        return sdkGet.getItem(GetItemRequest.builder().tableName(Fixtures.TABLE).key(Fixtures.sdkKey()).build());
    }

    @Benchmark
    public PutItemResponse putItemLowVoltage() {
        return putConnection.request(new PutItem(Fixtures.TABLE, item));
    }

    @Benchmark
    public software.amazon.awssdk.services.dynamodb.model.PutItemResponse putItemSdk() {
        return sdkPut.putItem(PutItemRequest.builder().tableName(Fixtures.TABLE).item(sdkItem).build());
    }
}
