package io.lowvoltage.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.Action;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.internal.ErrorResponses;
import io.lowvoltage.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the Actions layer complete against the DynamoDB and DynamoDB Streams service models (copies in test
 * resources): every operation has an action and a response, every member of every structure a method, every
 * enum value a constant, every error shape an exception class mapped from its code. Removing one method makes
 * it fail. Exclusions live in {@code models/exclusions.txt}, each with its reason, and are listed in the README.
 */
class ModelCoverageTest {
    private static final String ACTIONS = "io.lowvoltage.actions.";
    private static final String EXCEPTIONS = "io.lowvoltage.exceptions.";
    private static final List<ServiceModel> MODELS = List.of(
            ServiceModel.load("dynamodb-2012-08-10.json"), ServiceModel.load("dynamodbstreams-2012-08-10.json"));

    /** Model shapes that LowVoltage represents with a class of another name, and why. */
    private static final Map<String, String> CLASS_OF_SHAPE = Map.ofEntries(
            // The three request kinds of BatchWriteItem are one value class with isPut()/isDelete().
            Map.entry("PutRequest", "WriteRequest"),
            Map.entry("DeleteRequest", "WriteRequest"),
            // Same members as the index of CreateTable: one class serves both.
            Map.entry("CreateGlobalSecondaryIndexAction", "GlobalSecondaryIndex"),
            Map.entry("CreateVectorIndexAction", "VectorIndex"),
            // The Create/Update/Delete updates of an index or replica are one immutable class with factories.
            Map.entry("UpdateGlobalSecondaryIndexAction", "GlobalSecondaryIndexUpdate"),
            Map.entry("DeleteGlobalSecondaryIndexAction", "GlobalSecondaryIndexUpdate"),
            Map.entry("CreateReplicationGroupMemberAction", "ReplicationGroupUpdate"),
            Map.entry("UpdateReplicationGroupMemberAction", "ReplicationGroupUpdate"),
            Map.entry("DeleteReplicationGroupMemberAction", "ReplicationGroupUpdate"),
            Map.entry("CreateGlobalTableWitnessGroupMemberAction", "GlobalTableWitnessGroupUpdate"),
            Map.entry("DeleteGlobalTableWitnessGroupMemberAction", "GlobalTableWitnessGroupUpdate"),
            Map.entry("UpdateVectorIndexAction", "VectorIndexUpdate"),
            // Transaction and PartiQL items are added with builder methods on their action: put(table, item),
            // update(table, key), get(table, key), statement(sql, parameters...), then chained members.
            Map.entry("TransactWriteItem", "TransactWriteItems"),
            Map.entry("Put", "TransactWriteItems"),
            Map.entry("Update", "TransactWriteItems"),
            Map.entry("Delete", "TransactWriteItems"),
            Map.entry("ConditionCheck", "TransactWriteItems"),
            Map.entry("TransactGetItem", "TransactGetItems"),
            Map.entry("Get", "TransactGetItems"),
            Map.entry("BatchStatementRequest", "BatchExecuteStatement"),
            Map.entry("ParameterizedStatement", "ExecuteTransaction"),
            Map.entry("CreateReplicaAction", "ReplicaUpdate"),
            Map.entry("DeleteReplicaAction", "ReplicaUpdate"),
            // Its two members are set on the action itself: pointInTimeRecoveryEnabled(...), recoveryPeriodInDays(...).
            Map.entry("PointInTimeRecoverySpecification", "UpdateContinuousBackups"),
            Map.entry("DeleteVectorIndexAction", "VectorIndexUpdate"),
            // Streams' Record and Stream would clash with java.lang.Record and java.util.stream.Stream.
            Map.entry("Record", "StreamsRecord"),
            Map.entry("Stream", "StreamSummary"));

    /** Model shapes with no class of their own, and why. */
    private static final Map<String, String> NO_CLASS = Map.of(
            "AttributeValue", "attribute values are plain Java values (see io.lowvoltage.Item)",
            "ItemResponse", "its one member, Item, is the list entry itself: an Item, or null when not found");

    /** Request members set through methods named otherwise, and why: "Shape.Member" → method. */
    private static final Map<String, String> METHOD_OF_MEMBER = Map.ofEntries(
            Map.entry("TransactWriteItemsInput.TransactItems", "put"),
            Map.entry("TransactGetItemsInput.TransactItems", "get"),
            Map.entry("BatchExecuteStatementInput.Statements", "statement"),
            Map.entry("ExecuteTransactionInput.TransactStatements", "statement"),
            Map.entry("Put.TableName", "put"), Map.entry("Put.Item", "put"),
            Map.entry("Update.TableName", "update"), Map.entry("Update.Key", "update"),
            Map.entry("Delete.TableName", "delete"), Map.entry("Delete.Key", "delete"),
            Map.entry("ConditionCheck.TableName", "conditionCheck"), Map.entry("ConditionCheck.Key", "conditionCheck"),
            Map.entry("Get.TableName", "get"), Map.entry("Get.Key", "get"),
            Map.entry("BatchStatementRequest.Statement", "statement"),
            Map.entry("ParameterizedStatement.Statement", "statement"),
            Map.entry("UpdateContinuousBackupsInput.PointInTimeRecoverySpecification", "pointInTimeRecoveryEnabled"),
            // Acronyms are words in Java names: eventId, as STYLE.md asks.
            Map.entry("Record.eventID", "eventId"),
            // "Active resource": table(name) selects the table that later keys(...) or put(...) calls go to.
            Map.entry("BatchGetItemInput.RequestItems", "table"),
            Map.entry("BatchWriteItemInput.RequestItems", "table"),
            // One WriteRequest class: isPut() with item(), or isDelete() with key().
            Map.entry("WriteRequest.PutRequest", "isPut"),
            Map.entry("WriteRequest.DeleteRequest", "isDelete"));

    private static Set<String> excludedOperations() {
        try (InputStream in = ModelCoverageTest.class.getResourceAsStream("/models/exclusions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split(":", 2)[0].strip())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code SSESpecification} → {@code sseSpecification}, {@code TableName} → {@code tableName}. */
    static String javaName(String member) {
        int upper = 0;
        while (upper < member.length() && Character.isUpperCase(member.charAt(upper))) {
            upper++;
        }
        if (upper <= 1 || upper == member.length()) {
            return member.substring(0, upper).toLowerCase() + member.substring(upper);
        }
        return member.substring(0, upper - 1).toLowerCase() + member.substring(upper - 1);
    }

    @Test
    void javaNamesFollowTheAcronymRule() {
        assertThat(javaName("SSESpecification")).isEqualTo("sseSpecification");
        assertThat(javaName("KMSMasterKeyId")).isEqualTo("kmsMasterKeyId");
        assertThat(javaName("S3BucketSource")).isEqualTo("s3BucketSource");
        assertThat(javaName("TableName")).isEqualTo("tableName");
        assertThat(javaName("message")).isEqualTo("message");
    }

    private static Class<?> classOrNull(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toSet());
    }

    /** @return the members of the shape with no public method on the class, as "Shape.Member (method)" */
    private static List<String> missingMembers(ServiceModel model, String shape, Class<?> type) {
        Set<String> methods = publicMethods(type);
        List<String> missing = new ArrayList<>();
        model.members(shape).keySet().forEach(member -> {
            String method = METHOD_OF_MEMBER.getOrDefault(shape + "." + member, javaName(member));
            if (!methods.contains(method)) {
                missing.add(shape + "." + member + " (" + type.getSimpleName() + "." + method + ")");
            }
        });
        return missing;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationHasAnActionAndAResponseWithEveryMember() {
        Set<String> excluded = excludedOperations();
        return MODELS.stream().flatMap(model -> model.operations.keySet().stream()
                .filter(operation -> !excluded.contains(operation))
                .map(operation -> DynamicTest.dynamicTest(operation, () -> {
                    Class<?> action = classOrNull(ACTIONS + operation);
                    assertThat(action).as("action class %s", operation).isNotNull();
                    assertThat(Action.class).as("%s is an Action", operation).isAssignableFrom(action);
                    Class<?> response = classOrNull(ACTIONS + operation + "Response");
                    assertThat(response).as("response class %sResponse", operation).isNotNull();
                    List<String> missing = new ArrayList<>(missingMembers(model, model.inputShape(operation), action));
                    if (model.outputShape(operation) != null) {
                        missing.addAll(missingMembers(model, model.outputShape(operation), response));
                    }
                    assertThat(missing).as("members of %s with no method", operation).isEmpty();
                })));
    }

    /** Every structure reachable from the operations kept, except their own input and output shapes. */
    private static Map<String, ServiceModel> nestedStructures() {
        Set<String> excluded = excludedOperations();
        Map<String, ServiceModel> nested = new LinkedHashMap<>();
        for (ServiceModel model : MODELS) {
            Set<String> topLevel = new LinkedHashSet<>();
            Set<String> reachable = new LinkedHashSet<>();
            model.operations.keySet().stream().filter(operation -> !excluded.contains(operation)).forEach(operation -> {
                for (String shape : Arrays.asList(model.inputShape(operation), model.outputShape(operation))) {
                    if (shape != null) {
                        topLevel.add(shape);
                        model.members(shape).values().forEach(member -> model.reachable(member, reachable));
                    }
                }
            });
            reachable.stream()
                    .filter(shape -> model.isStructure(shape) && !model.isError(shape) && !topLevel.contains(shape))
                    .forEach(shape -> nested.putIfAbsent(shape, model));
        }
        return nested;
    }

    @TestFactory
    Stream<DynamicTest> everyNestedStructureHasAClassWithEveryMember() {
        return nestedStructures().entrySet().stream()
                .filter(entry -> !NO_CLASS.containsKey(entry.getKey()))
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    String shape = entry.getKey();
                    String className = CLASS_OF_SHAPE.getOrDefault(shape, shape);
                    Class<?> type = classOrNull(ACTIONS + className);
                    assertThat(type).as("class %s for shape %s", className, shape).isNotNull();
                    assertThat(missingMembers(entry.getValue(), shape, type))
                            .as("members of %s with no method", shape).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyEnumShapeHasAnEnumWithEveryValue() {
        Set<String> excluded = excludedOperations();
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (ServiceModel model : MODELS) {
            Set<String> reachable = new LinkedHashSet<>();
            model.operations.keySet().stream().filter(operation -> !excluded.contains(operation)).forEach(operation -> {
                model.reachable(model.inputShape(operation), reachable);
                model.reachable(model.outputShape(operation), reachable);
            });
            reachable.stream().filter(shape -> !model.enumValues(shape).isEmpty())
                    .forEach(shape -> enums.merge(shape, model.enumValues(shape), (a, b) -> {
                        Set<String> union = new LinkedHashSet<>(a);
                        union.addAll(b);
                        return List.copyOf(union);
                    }));
        }
        return enums.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Class<?> type = classOrNull(ACTIONS + entry.getKey());
            assertThat(type).as("enum %s", entry.getKey()).isNotNull();
            assertThat(type.isEnum()).as("%s is an enum", entry.getKey()).isTrue();
            Set<String> constants = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.toSet());
            assertThat(constants).as("constants of %s", entry.getKey()).containsAll(entry.getValue());
        }));
    }

    /** The errors DynamoDB returns that the model does not declare (OPERATIONS.md). */
    private static final List<String> UNMODELLED_ERRORS = List.of("AccessDeniedException",
            "IncompleteSignatureException", "InvalidSignatureException", "MissingAuthenticationTokenException",
            "UnrecognizedClientException", "ExpiredTokenException", "ValidationException", "SerializationException",
            "UnknownOperationException", "InvalidEndpointException");

    @TestFactory
    Stream<DynamicTest> everyErrorHasAnExceptionClassMappedFromItsCode() {
        Set<String> errors = new LinkedHashSet<>();
        MODELS.forEach(model -> errors.addAll(model.errorShapes()));
        errors.addAll(UNMODELLED_ERRORS);
        return errors.stream().map(error -> DynamicTest.dynamicTest(error, () -> {
            Class<?> type = classOrNull(EXCEPTIONS + error);
            assertThat(type).as("exception class %s", error).isNotNull();
            int status = error.equals("InternalServerError") ? 500 : 400;
            LowVoltageException mapped = ErrorResponses.toException("Op", TransportResponse.of(status, Map.of(),
                    ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + error + "\",\"message\":\"m\"}")
                            .getBytes(StandardCharsets.UTF_8)));
            assertThat(mapped).isExactlyInstanceOf(type);
        }));
    }
}
