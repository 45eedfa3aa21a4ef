package io.lowvoltage.benchmarks;

import io.lowvoltage.ActionCodec;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.credentials.Credentials;
import io.lowvoltage.internal.json.AttributeValues;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The shared data of every benchmark: one item with every DynamoDB type, and the canned responses. */
public final class Fixtures {
    public static final String TABLE = "Benchmark";
    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY = "AKIDEXAMPLE";
    public static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public static final Credentials CREDENTIALS = Credentials.of(ACCESS_KEY, SECRET_KEY);
    public static final URI ENDPOINT = URI.create("https://dynamodb.us-east-1.amazonaws.com/");
    public static final Instant TIME = Instant.parse("2026-11-26T12:34:56Z");
    public static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    public static final String GET_ITEM_TARGET = "DynamoDB_20120810.GetItem";
    public static final String PUT_ITEM_TARGET = "DynamoDB_20120810.PutItem";

    private static final byte[] BINARY = "binary-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BINARY2 = "binary-abcdefghij".getBytes(StandardCharsets.UTF_8);

    private Fixtures() {
    }

    /** @return 12 attributes: S (twice, one the key), N (an integer and a decimal), B, BOOL, NULL, L, M, SS, NS, BS */
    public static Map<String, Object> item() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "user-0001");
        item.put("name", "Ada Lovelace, Countess of Lovelace");
        item.put("count", 42);
        item.put("price", new BigDecimal("1234.5678"));
        item.put("blob", BINARY);
        item.put("active", true);
        item.put("nothing", null);
        List<Object> list = new ArrayList<>();
        list.add("first");
        list.add(7);
        list.add(false);
        item.put("list", list);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("street", "12 St James's Square");
        map.put("zip", 10001);
        item.put("address", map);
        item.put("tags", new LinkedHashSet<>(List.of("red", "green", "blue")));
        item.put("scores", new LinkedHashSet<>(List.of(1, 22, 333)));
        item.put("keys", new LinkedHashSet<>(List.of(BINARY, BINARY2)));
        return item;
    }

    /** @return the same item in the SDK's form */
    public static Map<String, AttributeValue> sdkItem() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("id", AttributeValue.fromS("user-0001"));
        item.put("name", AttributeValue.fromS("Ada Lovelace, Countess of Lovelace"));
        item.put("count", AttributeValue.fromN("42"));
        item.put("price", AttributeValue.fromN("1234.5678"));
        item.put("blob", AttributeValue.fromB(SdkBytes.fromByteArray(BINARY)));
        item.put("active", AttributeValue.fromBool(true));
        item.put("nothing", AttributeValue.fromNul(true));
        item.put("list", AttributeValue.fromL(List.of(AttributeValue.fromS("first"), AttributeValue.fromN("7"),
                AttributeValue.fromBool(false))));
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("street", AttributeValue.fromS("12 St James's Square"));
        map.put("zip", AttributeValue.fromN("10001"));
        item.put("address", AttributeValue.fromM(map));
        item.put("tags", AttributeValue.fromSs(List.of("red", "green", "blue")));
        item.put("scores", AttributeValue.fromNs(List.of("1", "22", "333")));
        item.put("keys", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(BINARY),
                SdkBytes.fromByteArray(BINARY2))));
        return item;
    }

    public static Map<String, Object> key() {
        return Map.of("id", "user-0001");
    }

    public static Map<String, AttributeValue> sdkKey() {
        return Map.of("id", AttributeValue.fromS("user-0001"));
    }

    /** @return the body of a GetItem response holding {@link #item()}, as DynamoDB sends it */
    public static byte[] getItemResponse() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
            generator.writeStartObject();
            generator.writeName("Item");
            AttributeValues.writeItem(generator, item(), "Item");
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    /** @return the body of a PutItem response without return values */
    public static byte[] putItemResponse() {
        return "{}".getBytes(StandardCharsets.UTF_8);
    }

    /** @return a PutItem request body of exactly 1024 bytes: the 12 attributes, and padding in one more */
    public static byte[] putItemBody1k() {
        Map<String, Object> item = item();
        item.put("padding", "");
        int missing = 1024 - ActionCodec.write(new PutItem(TABLE, item)).length;
        item.put("padding", "x".repeat(missing));
        byte[] body = ActionCodec.write(new PutItem(TABLE, item));
        if (body.length != 1024) {
            throw new IllegalStateException("expected 1024 bytes, got " + body.length);
        }
        return body;
    }

    /** @return the decimal CRC32 of a body, DynamoDB's x-amz-crc32 header */
    public static String crc32(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return Long.toString(crc.getValue());
    }

    /** @return the response headers DynamoDB sends, with the body's CRC32 */
    public static Map<String, String> responseHeaders(byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("x-amzn-RequestId", "3NK2SGB3S9Q2P1A7VHJ8N2BEOBVV4KQNSO5AEMVJF66Q9ASUAAJG");
        headers.put("x-amz-crc32", crc32(body));
        headers.put("Content-Length", Integer.toString(body.length));
        return headers;
    }
}
