package io.lowvoltage.actions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.expressions.ConditionExpression;
import io.lowvoltage.expressions.ProjectionExpression;
import io.lowvoltage.expressions.UpdateExpression;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.collect.ArrayMap;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * One element of a transaction: DynamoDB's {@code Get} (in a {@code TransactGetItem}) or {@code Put},
 * {@code Update}, {@code Delete} or {@code ConditionCheck} (in a {@code TransactWriteItem}). The five shapes
 * share their members and their order, so one class keeps and writes them all; the actions expose only the
 * setters each kind takes.
 */
final class TransactItem {
    /** The kinds of element, with the API member that wraps each. */
    enum Kind {
        GET(TransactionMembers.GET, "get"),
        PUT(TransactionMembers.PUT, "put"),
        UPDATE(Members.UPDATE, "update"),
        DELETE(Members.DELETE, "delete"),
        CONDITION_CHECK(TransactionMembers.CONDITION_CHECK, "conditionCheck");

        final SerializableString member;
        final String method;

        Kind(SerializableString member, String method) {
            this.member = member;
            this.method = method;
        }
    }

    private final Kind kind;
    private final String tableName;
    private final Map<String, Object> attributes;
    private String updateExpression;
    private String projectionExpression;
    private String conditionExpression;
    private UpdateExpression update;
    private ProjectionExpression projection;
    private ConditionExpression condition;
    private final HandPlaceholders handPlaceholders = new HandPlaceholders();
    private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure;

    /**
     * @param attributes the item of a put, the key of the others
     */
    TransactItem(Kind kind, String tableName, Map<String, ?> attributes) {
        this.kind = kind;
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.attributes = ArrayMap.copyOf(Objects.requireNonNull(attributes, kind == Kind.PUT ? "item" : "key"));
    }

    void updateExpression(String updateExpression) {
        requireUpdate();
        this.updateExpression = Objects.requireNonNull(updateExpression, "updateExpression");
        this.update = null;
    }

    void updateExpression(UpdateExpression update) {
        requireUpdate();
        this.update = Objects.requireNonNull(update, "updateExpression");
        this.updateExpression = null;
    }

    private void requireUpdate() {
        if (kind != Kind.UPDATE) {
            throw new BuilderException("TransactWriteItems.updateExpression(...) applies to an update, and the"
                    + " element added last is a " + kind.method + ": call .update(tableName, key) first");
        }
    }

    void projectionExpression(String projectionExpression) {
        this.projectionExpression = Objects.requireNonNull(projectionExpression, "projectionExpression");
        this.projection = null;
    }

    void projectionExpression(ProjectionExpression projection) {
        this.projection = Objects.requireNonNull(projection, "projectionExpression");
        this.projectionExpression = null;
    }

    void conditionExpression(String conditionExpression) {
        this.conditionExpression = Objects.requireNonNull(conditionExpression, "conditionExpression");
        this.condition = null;
    }

    void conditionExpression(ConditionExpression condition) {
        this.condition = Objects.requireNonNull(condition, "conditionExpression");
        this.conditionExpression = null;
    }

    void expressionAttributeName(String placeholder, String name) {
        handPlaceholders.name(placeholder, name);
    }

    void expressionAttributeValue(String placeholder, Object value) {
        handPlaceholders.value(placeholder, value);
    }

    void returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure value) {
        this.returnValuesOnConditionCheckFailure = Objects.requireNonNull(value,
                "returnValuesOnConditionCheckFailure");
    }

    /**
     * @param operation the action, for messages
     * @param index     the element's place in {@code TransactItems}, for messages
     */
    private void validate(String operation, int index) {
        String where = " of TransactItems[" + index + "] (" + kind.method + ")";
        String start = "." + kind.method + "(tableName, " + (kind == Kind.PUT ? "item" : "key") + ")";
        Require.present(tableName, operation, "TableName" + where, start);
        Require.present(attributes, operation, (kind == Kind.PUT ? "Item" : "Key") + where, start);
        if (kind == Kind.UPDATE) {
            Require.present(update != null ? update : updateExpression, operation, "UpdateExpression" + where,
                    start + ".updateExpression(...)");
        }
        if (kind == Kind.CONDITION_CHECK) {
            Require.present(condition != null ? condition : conditionExpression, operation,
                    "ConditionExpression" + where,
                    start + ".conditionExpression(...)");
        }
    }

    /**
     * @throws io.lowvoltage.exceptions.BuilderException when there are no items or too many, or one lacks a
     *                                                   mandatory member
     */
    static void validateAll(String operation, LastAdded<TransactItem> items) {
        items.requireCount();
        List<TransactItem> all = items.all();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).validate(operation, i);
        }
    }

    /** Writes {@code "TransactItems": [...]}. */
    static void writeAll(JsonGenerator generator, String operation, List<TransactItem> items) {
        generator.writeName(TransactionMembers.TRANSACT_ITEMS);
        generator.writeStartArray();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).write(generator, operation, "TransactItems[" + i + "]");
        }
        generator.writeEndArray();
    }

    /** Writes {@code {"Put": {...}}}, or the other kind, in the member order of the API shapes. */
    private void write(JsonGenerator generator, String operation, String path) {
        // Each element has its own placeholder maps, so its expressions share placeholders with nothing else.
        Placeholders placeholders = handPlaceholders.placeholders(operation);
        String renderedUpdate = placeholders.render(updateExpression, update, "UpdateExpression");
        String renderedProjection = placeholders.render(projectionExpression, projection, "ProjectionExpression");
        String renderedCondition = placeholders.render(conditionExpression, condition, "ConditionExpression");
        generator.writeStartObject();
        generator.writeName(kind.member);
        generator.writeStartObject();
        String shape = path + "." + kind.member.getValue();
        if (kind == Kind.PUT) {
            JsonWrites.attributeMap(generator, Members.ITEM, attributes, shape + ".Item");
        } else {
            JsonWrites.attributeMap(generator, Members.KEY, attributes, shape + ".Key");
        }
        JsonWrites.string(generator, Members.UPDATE_EXPRESSION, renderedUpdate);
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.string(generator, Members.PROJECTION_EXPRESSION, renderedProjection);
        JsonWrites.string(generator, Members.CONDITION_EXPRESSION, renderedCondition);
        JsonWrites.stringMap(generator, Members.EXPRESSION_ATTRIBUTE_NAMES, placeholders.names());
        JsonWrites.attributeMap(generator, Members.EXPRESSION_ATTRIBUTE_VALUES, placeholders.values(),
                shape + ".ExpressionAttributeValues");
        JsonWrites.constant(generator, Members.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
                returnValuesOnConditionCheckFailure);
        generator.writeEndObject();
        generator.writeEndObject();
    }
}
