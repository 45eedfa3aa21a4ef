package io.lowvoltage.benchmarks;

import io.lowvoltage.ActionCodec;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.GetItemResponse;
import io.lowvoltage.actions.PutItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.core.http.HttpResponseHandler;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.protocols.json.AwsJsonProtocolFactory;
import software.amazon.awssdk.protocols.json.JsonOperationMetadata;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.transform.PutItemRequestMarshaller;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON only: writing a PutItem request for a 12-attribute item with every type, and reading the GetItem response
 * holding it. LowVoltage from and to plain Java values; the SDK from and to its {@code AttributeValue} form with
 * its own marshaller and unmarshaller; and the floor, jackson-core 3 writing and reading the same tokens by hand.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class JsonBenchmark {
    private static final byte[] BINARY = "binary-0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] BINARY2 = "binary-abcdefghij".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private Map<String, Object> item;
    private byte[] getItemResponse;
    private GetItem getItem;

    private DynamoDbClient sdkClient;
    private PutItemRequestMarshaller sdkMarshaller;
    private HttpResponseHandler<software.amazon.awssdk.services.dynamodb.model.GetItemResponse> sdkUnmarshaller;
    private Map<String, AttributeValue> sdkItem;
    private ExecutionAttributes executionAttributes;

    private JsonFactory factory;

    @Setup
    public void setUp() {
        item = Fixtures.item();
        getItemResponse = Fixtures.getItemResponse();
        getItem = new GetItem(Fixtures.TABLE, Fixtures.key());

        sdkClient = Sdk.client(new StubSdkHttpClient(Fixtures.getItemResponse()), null);
        AwsJsonProtocolFactory protocol = Sdk.protocolFactory(sdkClient);
        sdkMarshaller = new PutItemRequestMarshaller(protocol);
        sdkUnmarshaller = protocol.createResponseHandler(
                JsonOperationMetadata.builder().hasStreamingSuccessResponse(false).isPayloadJson(true).build(),
                software.amazon.awssdk.services.dynamodb.model.GetItemResponse::builder);
        sdkItem = Fixtures.sdkItem();
        executionAttributes = new ExecutionAttributes();

        factory = JsonFactory.builder().build();
        checkSameTokens();
    }

    @TearDown
    public void tearDown() {
        sdkClient.close();
    }

    @Benchmark
    public byte[] encodeLowVoltage() {
        return ActionCodec.write(new PutItem(Fixtures.TABLE, item));
    }

    @Benchmark
    public byte[] encodeSdk() throws IOException {
        SdkHttpFullRequest request = sdkMarshaller.marshall(
                PutItemRequest.builder().tableName(Fixtures.TABLE).item(sdkItem).build());
        try (InputStream body = request.contentStreamProvider().get().newStream()) {
            return body.readAllBytes();
        }
    }

    @Benchmark
    public byte[] encodeFloor() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("TableName", Fixtures.TABLE);
            g.writeName("Item");
            g.writeStartObject();
            typed(g, "id", "S", "user-0001");
            typed(g, "name", "S", "Ada Lovelace, Countess of Lovelace");
            typed(g, "count", "N", "42");
            typed(g, "price", "N", "1234.5678");
            g.writeName("blob");
            g.writeStartObject();
            g.writeName("B");
            g.writeBinary(BINARY);
            g.writeEndObject();
            g.writeName("active");
            g.writeStartObject();
            g.writeBooleanProperty("BOOL", true);
            g.writeEndObject();
            g.writeName("nothing");
            g.writeStartObject();
            g.writeBooleanProperty("NULL", true);
            g.writeEndObject();
            g.writeName("list");
            g.writeStartObject();
            g.writeName("L");
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringProperty("S", "first");
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringProperty("N", "7");
            g.writeEndObject();
            g.writeStartObject();
            g.writeBooleanProperty("BOOL", false);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeName("address");
            g.writeStartObject();
            g.writeName("M");
            g.writeStartObject();
            typed(g, "street", "S", "12 St James's Square");
            typed(g, "zip", "N", "10001");
            g.writeEndObject();
            g.writeEndObject();
            g.writeName("tags");
            g.writeStartObject();
            g.writeName("SS");
            g.writeStartArray();
            g.writeString("red");
            g.writeString("green");
            g.writeString("blue");
            g.writeEndArray();
            g.writeEndObject();
            g.writeName("scores");
            g.writeStartObject();
            g.writeName("NS");
            g.writeStartArray();
            g.writeString("1");
            g.writeString("22");
            g.writeString("333");
            g.writeEndArray();
            g.writeEndObject();
            g.writeName("keys");
            g.writeStartObject();
            g.writeName("BS");
            g.writeStartArray();
            g.writeBinary(BINARY);
            g.writeBinary(BINARY2);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void typed(JsonGenerator g, String name, String type, String value) {
        g.writeName(name);
        g.writeStartObject();
        g.writeStringProperty(type, value);
        g.writeEndObject();
    }

    @Benchmark
    public GetItemResponse decodeLowVoltage() {
        return ActionCodec.read(getItem, getItemResponse);
    }

    @Benchmark
    public software.amazon.awssdk.services.dynamodb.model.GetItemResponse decodeSdk() throws Exception {
        SdkHttpFullResponse response = SdkHttpFullResponse.builder()
                .statusCode(200)
                .putHeader("Content-Type", Fixtures.CONTENT_TYPE)
                .content(AbortableInputStream.create(new ByteArrayInputStream(getItemResponse)))
                .build();
        return sdkUnmarshaller.handle(response, executionAttributes);
    }

    /** The floor: every token read, every string and binary value materialised, nothing built from them. */
    @Benchmark
    public void decodeFloor(Blackhole blackhole) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), getItemResponse)) {
            boolean binary = false;
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                switch (token) {
                    case PROPERTY_NAME -> {
                        String name = p.currentName();
                        binary = name.equals("B") || name.equals("BS");
                        blackhole.consume(name);
                    }
                    case VALUE_STRING -> blackhole.consume(binary ? p.getBinaryValue() : p.getString());
                    case VALUE_TRUE, VALUE_FALSE -> blackhole.consume(p.getBooleanValue());
                    case END_ARRAY, END_OBJECT -> binary = false;
                    default -> {
                    }
                }
            }
        }
    }

    private void checkSameTokens() {
        String ours = new String(encodeLowVoltage(), java.nio.charset.StandardCharsets.UTF_8);
        String floor = new String(encodeFloor(), java.nio.charset.StandardCharsets.UTF_8);
        if (!ours.equals(floor)) {
            throw new IllegalStateException("The floor writes other tokens:\n" + ours + "\n" + floor);
        }
    }
}
