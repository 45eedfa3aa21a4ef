package io.lowvoltage;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.actions.BatchGetItem;
import io.lowvoltage.actions.BatchWriteItem;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.DeleteItem;
import io.lowvoltage.actions.DeleteTable;
import io.lowvoltage.actions.DescribeTable;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.ListTables;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.actions.UpdateItem;
import io.lowvoltage.actions.UpdateTable;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.spi.TransportResponse;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Feeds seeded random, structured-random and mutated bodies, with success and error statuses, to the response
 * parser of every action through {@link Connection#request(Action)}: only a {@link LowVoltageException} may
 * come out, never another exception, and never a hang.
 */
class ResponseFuzzTest {
    /** Fixed, so that a failure replays; {@code -Dfuzz.seed} and {@code -Dfuzz.rounds} explore further. */
    private static final long SEED = Long.getLong("fuzz.seed", 20260101L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 400);

    /** Member names the response parsers switch on, so that random documents reach deep into them. */
    private static final List<String> NAMES = List.of("ArchivalBackupArn", "ArchivalDateTime", "ArchivalReason",
            "ArchivalSummary", "AttributeDefinitions", "AttributeName", "AttributeType", "Attributes",
            "AttributesToGet", "B", "BOOL", "Backfilling", "BillingMode", "BillingModeSummary", "CapacityUnits",
            "ConsistentRead", "ConsumedCapacity", "Count", "CreationDateTime", "DeleteRequest",
            "DeletionProtectionEnabled", "Dimensions", "DistanceFunction", "ExpressionAttributeNames",
            "GlobalSecondaryIndexes", "GlobalTableSettingsReplicationMode", "GlobalTableVersion",
            "GlobalTableWitnesses", "IndexArn", "IndexName", "IndexSizeBytes", "IndexStatus", "Item",
            "ItemCollectionKey", "ItemCollectionMetrics", "ItemCount", "Items", "KMSMasterKeyArn", "Key", "KeySchema",
            "KeyType", "Keys", "L", "LastDecreaseDateTime", "LastEvaluatedKey", "LastEvaluatedTableName",
            "LastIncreaseDateTime", "LatestStreamArn", "LocalSecondaryIndexes", "M", "N", "NS", "NULL",
            "NonKeyAttributes", "NumberOfDecreasesToday", "OnDemandThroughput", "Projection", "ProjectionExpression",
            "ProjectionType", "ProvisionedThroughput", "PutRequest", "ReadCapacityUnits", "RegionName", "Replicas",
            "ReplicaStatus", "Responses", "RestoreSummary", "S", "SS", "SSEDescription", "SSEType", "ScannedCount",
            "SearchSchema", "SizeEstimateRangeGB", "Status", "StreamEnabled", "StreamSpecification",
            "StreamViewType", "Table", "TableArn", "TableClassSummary", "TableId", "TableName", "TableNames",
            "TableSizeBytes", "TableStatus", "UnprocessedItems", "UnprocessedKeys", "Value", "VectorIndexes",
            "WarmThroughput", "WriteCapacityUnits", "__type", "message", "Message", "CancellationReasons", "Code",
            "Tbl", "h", "r");

    private static final List<String> SAMPLES = List.of(
            "{\"Item\":{\"h\":{\"N\":\"1\"},\"s\":{\"SS\":[\"a\",\"b\"]},\"m\":{\"M\":{\"l\":{\"L\":[{\"BOOL\":true},"
                    + "{\"NULL\":true},{\"B\":\"AAE=\"},{\"NS\":[\"1.5\",\"-2E+3\"]}]}}}},"
                    + "\"ConsumedCapacity\":{\"TableName\":\"Tbl\",\"CapacityUnits\":1.5,\"Table\":{\"CapacityUnits\":1}}}",
            "{\"Items\":[{\"h\":{\"S\":\"x\"}}],\"Count\":1,\"ScannedCount\":2,\"LastEvaluatedKey\":{\"h\":{\"S\":\"x\"}}}",
            "{\"Responses\":{\"Tbl\":[{\"h\":{\"N\":\"1\"}}]},\"UnprocessedKeys\":{\"Tbl\":{\"Keys\":[{\"h\":{\"N\":\"2\"}}],"
                    + "\"ConsistentRead\":true}}}",
            "{\"UnprocessedItems\":{\"Tbl\":[{\"PutRequest\":{\"Item\":{\"h\":{\"N\":\"1\"}}}},{\"DeleteRequest\":"
                    + "{\"Key\":{\"h\":{\"N\":\"2\"}}}}]},\"ItemCollectionMetrics\":{\"Tbl\":[{\"ItemCollectionKey\":"
                    + "{\"h\":{\"N\":\"1\"}},\"SizeEstimateRangeGB\":[0.0,1.0]}]}}",
            "{\"Table\":{\"TableName\":\"Tbl\",\"TableStatus\":\"ACTIVE\",\"CreationDateTime\":1.7E9,\"KeySchema\":"
                    + "[{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"}],\"AttributeDefinitions\":[{\"AttributeName\":"
                    + "\"h\",\"AttributeType\":\"S\"}],\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,"
                    + "\"WriteCapacityUnits\":1,\"NumberOfDecreasesToday\":0},\"ItemCount\":3,\"TableSizeBytes\":10,"
                    + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"g\",\"Projection\":{\"ProjectionType\":\"ALL\"},"
                    + "\"IndexStatus\":\"ACTIVE\",\"Backfilling\":false}],\"BillingModeSummary\":{\"BillingMode\":"
                    + "\"PAY_PER_REQUEST\"},\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":"
                    + "\"NEW_IMAGE\"},\"SSEDescription\":{\"Status\":\"ENABLED\",\"SSEType\":\"KMS\"}}}",
            "{\"TableNames\":[\"A\",\"B\"],\"LastEvaluatedTableName\":\"B\"}",
            "{\"Attributes\":{\"h\":{\"N\":\"1\"}},\"ItemCollectionMetrics\":{\"ItemCollectionKey\":{\"h\":{\"N\":"
                    + "\"1\"}},\"SizeEstimateRangeGB\":[1,2]}}",
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\",\"Message\":\"x\","
                    + "\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\",\"Item\":"
                    + "{\"h\":{\"S\":\"x\"}}}]}",
            "{\"__type\":\"x#ConditionalCheckFailedException\",\"message\":\"failed\",\"Item\":{\"h\":{\"N\":\"1\"}}}");

    private static List<Supplier<Action<?>>> actions() {
        Map<String, Object> key = Map.of("h", 1);
        return List.of(
                () -> new GetItem("Tbl", key),
                () -> new PutItem("Tbl", key),
                () -> new DeleteItem("Tbl", key),
                () -> new UpdateItem("Tbl", key).updateExpression("SET a = :a").expressionAttributeValue(":a", 1),
                () -> new Query("Tbl").keyConditionExpression("h = :h").expressionAttributeValue(":h", 0),
                () -> new Scan().tableName("Tbl"),
                () -> new BatchGetItem().table("Tbl").keys(key),
                () -> new BatchWriteItem().table("Tbl").put(List.of(key)),
                () -> new CreateTable("Tbl").hashKey("h", ScalarAttributeType.S).billingModePayPerRequest(),
                () -> new DeleteTable().tableName("Tbl"),
                () -> new DescribeTable("Tbl"),
                () -> new ListTables(),
                () -> new UpdateTable("Tbl"));
    }

    @Test
    void everyParserTurnsAnyBodyIntoAResponseOrALowVoltageException() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Random random = new Random(SEED);
            Map<String, Integer> outcomes = new HashMap<>();
            List<String> failures = new ArrayList<>();
            for (Supplier<Action<?>> action : actions()) {
                for (int round = 0; round < ROUNDS; round++) {
                    byte[] body = body(random);
                    int status = random.nextInt(10) < 7 ? 200 : List.of(400, 500, 503, 302, 413).get(random.nextInt(5));
                    Map<String, String> headers = new HashMap<>();
                    if (random.nextInt(20) == 0) {
                        headers.put("x-amz-crc32", Long.toString(random.nextLong()));
                    }
                    if (random.nextInt(20) == 0) {
                        headers.put("x-amz-retry-after", random.nextBoolean() ? "-5" : "99999999999999999999");
                    }
                    if (random.nextInt(20) == 0) {
                        headers.put("x-amzn-ErrorType", "Weird:" + random.nextInt());
                    }
                    CannedTransport transport = new CannedTransport().respond(TransportResponse.of(status, headers, body));
                    Action<?> sent = action.get();
                    try {
                        Connections.over(transport).request(sent);
                        outcomes.merge("response", 1, Integer::sum);
                    } catch (LowVoltageException expected) {
                        outcomes.merge(expected.getClass().getSimpleName(), 1, Integer::sum);
                    } catch (RuntimeException | Error e) {
                        if (failures.size() < 10) {
                            failures.add(sent.operation() + " HTTP " + status + " " + e + " for body "
                                    + new String(body, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            assertThat(failures).as("exceptions that are not LowVoltageExceptions").isEmpty();
            assertThat(outcomes).containsKeys("response", "UnknownException");
        });
    }

    private static byte[] body(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> randomBytes(random);
            case 1 -> structured(random).getBytes(StandardCharsets.UTF_8);
            case 2, 3 -> mutate(random, SAMPLES.get(random.nextInt(SAMPLES.size())));
            case 4 -> mutate(random, structured(random));
            default -> truncate(random, SAMPLES.get(random.nextInt(SAMPLES.size())));
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] truncate(Random random, String sample) {
        byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }

    private static byte[] mutate(Random random, String sample) {
        StringBuilder text = new StringBuilder(sample);
        int edits = 1 + random.nextInt(4);
        String[] fragments = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999", "0.5",
                "\"\\u0000\"", "{\"N\":\"x\"}", "{\"S\":1}", "[]", "{}", "\"NaN\"", "99999999999999999999999999999999999999999"};
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, fragments[random.nextInt(fragments.length)]);
                default -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A random but well-formed JSON object whose names are mostly ones the parsers know. */
    private static String structured(Random random) {
        StringBuilder out = new StringBuilder();
        object(random, out, 0);
        return out.toString();
    }

    private static void value(Random random, StringBuilder out, int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 9);
        switch (kind) {
            case 0 -> out.append('"').append(List.of("", "x", "1", "-1.5E3", "ACTIVE", "HASH", "S", "AAE=", "!!",
                    "2026-01-01T00:00:00Z", "1e400", "NaN").get(random.nextInt(12))).append('"');
            case 1 -> out.append(List.of("0", "-1", "1.5", "1e308", "1e-400", "12345678901234567890123",
                    "2147483648", "-9223372036854775809").get(random.nextInt(8)));
            case 2 -> out.append(random.nextBoolean());
            case 3 -> out.append("null");
            case 4, 5 -> out.append("{\"").append(List.of("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M")
                    .get(random.nextInt(10))).append("\":").append(List.of("\"1\"", "\"x\"", "true", "[\"1\"]", "[]",
                    "{}", "1", "null").get(random.nextInt(8))).append('}');
            case 6 -> object(random, out, depth + 1);
            default -> {
                out.append('[');
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(random, out, depth + 1);
                }
                out.append(']');
            }
        }
    }

    private static void object(Random random, StringBuilder out, int depth) {
        out.append('{');
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(',');
            }
            String name = random.nextInt(10) < 8 ? NAMES.get(random.nextInt(NAMES.size())) : "z" + random.nextInt(100);
            out.append('"').append(name).append("\":");
            value(random, out, depth);
        }
        out.append('}');
    }
}
