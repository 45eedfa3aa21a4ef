package io.lowvoltage.actions;

import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * One put or delete of a {@link BatchWriteItem}: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_WriteRequest.html">WriteRequest</a>,
 * holding either a <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutRequest.html">PutRequest</a>
 * or a <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteRequest.html">DeleteRequest</a>.
 *
 * <p>Immutable. Made with {@link #put(Map)} and {@link #delete(Map)}, or read back from
 * {@link BatchWriteItemResponse#unprocessedItems()}, where the maps are {@link io.lowvoltage.Item}s.
 */
public final class WriteRequest {
    private static final String PUT_ITEM = "PutRequest.Item";
    private static final String DELETE_KEY = "DeleteRequest.Key";

    private final Map<String, Object> item;
    private final Map<String, Object> key;

    private WriteRequest(Map<String, Object> item, Map<String, Object> key) {
        this.item = item;
        this.key = key;
    }

    /**
     * A put: writes the item, replacing any item with the same primary key.
     *
     * @param item the whole item, primary key included (API member {@code PutRequest.Item}); values follow the
     *             attribute value mapping of {@link io.lowvoltage.Item}
     * @return the request, holding a copy of the item
     */
    public static WriteRequest put(Map<String, ?> item) {
        return new WriteRequest(Collections.unmodifiableMap(BatchTables.copy("item", item)), null);
    }

    /**
     * A delete: removes the item with that primary key, if any.
     *
     * @param key the primary key (API member {@code DeleteRequest.Key})
     * @return the request, holding a copy of the key
     */
    public static WriteRequest delete(Map<String, ?> key) {
        return new WriteRequest(null, Collections.unmodifiableMap(BatchTables.copy("key", key)));
    }

    static WriteRequest read(JsonParser parser) {
        Map<String, Object> item = null;
        Map<String, Object> key = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "PutRequest" -> item = readMember(parser, "Item");
                case "DeleteRequest" -> key = readMember(parser, "Key");
                default -> parser.skipChildren();
            }
        }
        return new WriteRequest(item, key);
    }

    private static Map<String, Object> readMember(JsonParser parser, String member) {
        Map<String, Object> value = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            if (name.equals(member)) {
                value = AttributeValues.readItem(parser);
            } else {
                parser.skipChildren();
            }
        }
        return value;
    }

    /**
     * @param generator where to write
     * @param path      where this request stands, such as {@code RequestItems.T[3]}, for error messages
     */
    void write(JsonGenerator generator, String path) {
        generator.writeStartObject();
        if (item != null) {
            generator.writeName(Members.PUT_REQUEST);
            generator.writeStartObject();
            generator.writeName(Members.ITEM);
            AttributeValues.writeItem(generator, item, path + "." + PUT_ITEM);
            generator.writeEndObject();
        }
        if (key != null) {
            generator.writeName(Members.DELETE_REQUEST);
            generator.writeStartObject();
            generator.writeName(Members.KEY);
            AttributeValues.writeItem(generator, key, path + "." + DELETE_KEY);
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }

    /** @return whether this is a put, with an {@link #item()} */
    public boolean isPut() {
        return item != null;
    }

    /** @return whether this is a delete, with a {@link #key()} */
    public boolean isDelete() {
        return key != null;
    }

    /** @return the item a put writes (API member {@code PutRequest.Item}), unmodifiable; {@code null} for a delete */
    public Map<String, Object> item() {
        return item;
    }

    /** @return the key a delete removes (API member {@code DeleteRequest.Key}), unmodifiable; {@code null} for a put */
    public Map<String, Object> key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WriteRequest that && Objects.equals(item, that.item) && Objects.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, key);
    }

    @Override
    public String toString() {
        return item != null ? "Put" + item : "Delete" + key;
    }
}
