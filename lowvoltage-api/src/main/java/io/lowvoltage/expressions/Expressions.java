package io.lowvoltage.expressions;

import io.lowvoltage.exceptions.BuilderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The static factories of expression builders, meant to be imported with
 * {@code import static io.lowvoltage.expressions.Expressions.*;}.
 *
 * <pre>{@code
 * ConditionExpression c = attribute("a.b[3].c").eq(1).and(attribute("x").beginsWith("p")).or(not(attributeExists("y")));
 * UpdateExpression u = set("a", 1).set(attribute("n"), attribute("n").plus(1)).remove("b").add("tags", Set.of("t"));
 * ProjectionExpression p = projection("a", "b.c", "d[0]");
 * KeyConditionExpression k = partitionKey("h").eq(1).and(sortKey("r").between(1, 9));
 * }</pre>
 *
 * <p>Paths given as a {@code String} are parsed: dots nest, {@code [n]} indexes a list ({@link Path#parse(String)}).
 * A name that holds dots or brackets goes through {@link #name(String)} or {@link Path#of(String, String...)}.
 * Every name is sent as a {@code #} placeholder, so reserved words ({@code size}, {@code status}...) and names
 * with spaces or dashes need no care. Values are sent as {@code :} placeholders. The actions allocate all
 * placeholders of a request together, alongside any set by hand with {@code expressionAttributeName(...)}.
 */
public final class Expressions {
    private Expressions() {
    }

    /**
     * @param path a document path such as {@code "a.b[3].c"}, parsed as {@link Path#parse(String)}
     * @return the attribute at that path
     */
    public static Attribute attribute(String path) {
        return new Attribute(Path.parse(path));
    }

    /**
     * @param path a document path
     * @return the attribute at that path
     */
    public static Attribute attribute(Path path) {
        return new Attribute(path);
    }

    /**
     * @param name a top-level attribute name, used as is: {@code name("my.dotted.name")} is one attribute
     * @return the attribute of that name
     */
    public static Attribute name(String name) {
        return new Attribute(Path.of(name));
    }

    /**
     * @param value a value following the attribute value mapping of {@link io.lowvoltage.Item}; null is NULL
     * @return the value as an operand, to put it on the left of a comparison or pass a list as one value
     */
    public static Value value(Object value) {
        return new Value(value);
    }

    /**
     * @param attribute a string, binary, set, list or map attribute
     * @return {@code size(attribute)}, to compare
     */
    public static Operand size(Attribute attribute) {
        return attribute.size();
    }

    /**
     * @param path a document path, parsed as {@link Path#parse(String)}
     * @return {@code attribute_exists(path)}
     */
    public static ConditionExpression attributeExists(String path) {
        return attribute(path).exists();
    }

    /**
     * @param attribute an attribute
     * @return {@code attribute_exists(attribute)}
     */
    public static ConditionExpression attributeExists(Attribute attribute) {
        return attribute.exists();
    }

    /**
     * @param path a document path, parsed as {@link Path#parse(String)}
     * @return {@code attribute_not_exists(path)}
     */
    public static ConditionExpression attributeNotExists(String path) {
        return attribute(path).notExists();
    }

    /**
     * @param attribute an attribute
     * @return {@code attribute_not_exists(attribute)}
     */
    public static ConditionExpression attributeNotExists(Attribute attribute) {
        return attribute.notExists();
    }

    /**
     * @param condition a condition
     * @return {@code NOT condition}, parenthesized where needed
     */
    public static ConditionExpression not(ConditionExpression condition) {
        return ConditionExpression.not(condition);
    }

    /**
     * @param first the first condition
     * @param more  further conditions
     * @return {@code first AND more...}
     */
    public static ConditionExpression and(ConditionExpression first, ConditionExpression... more) {
        return ConditionExpression.junction(true, first, more);
    }

    /**
     * @param first the first condition
     * @param more  further conditions
     * @return {@code first OR more...}
     */
    public static ConditionExpression or(ConditionExpression first, ConditionExpression... more) {
        return ConditionExpression.junction(false, first, more);
    }

    /**
     * @param path  the attribute to set, parsed as {@link Path#parse(String)}
     * @param value a value, an {@link UpdateValue} such as {@code attribute("n").plus(1)}, or an attribute to copy
     * @return {@code SET path = value}
     */
    public static UpdateExpression set(String path, Object value) {
        return set(attribute(path), value);
    }

    /**
     * @param attribute the attribute to set
     * @param value     a value, an {@link UpdateValue} such as {@code attribute("n").plus(1)}, or an attribute
     * @return {@code SET attribute = value}
     */
    public static UpdateExpression set(Attribute attribute, Object value) {
        return UpdateExpression.NONE.set(attribute, value);
    }

    /**
     * @param path  the attribute to set, parsed as {@link Path#parse(String)}
     * @param value the value to give it if it has none
     * @return {@code SET path = if_not_exists(path, value)}
     */
    public static UpdateExpression setIfNotExists(String path, Object value) {
        return setIfNotExists(attribute(path), value);
    }

    /**
     * @param attribute the attribute to set
     * @param value     the value to give it if it has none
     * @return {@code SET attribute = if_not_exists(attribute, value)}
     */
    public static UpdateExpression setIfNotExists(Attribute attribute, Object value) {
        return set(attribute, ifNotExists(attribute, value));
    }

    /**
     * @param paths the attributes (or list elements) to remove, each parsed as {@link Path#parse(String)}
     * @return {@code REMOVE paths}
     */
    public static UpdateExpression remove(String... paths) {
        requireOne(paths.length);
        return UpdateExpression.NONE.remove(paths);
    }

    /**
     * @param attributes the attributes (or list elements) to remove, at least one
     * @return {@code REMOVE attributes}
     */
    public static UpdateExpression remove(Attribute... attributes) {
        requireOne(attributes.length);
        return UpdateExpression.NONE.remove(attributes);
    }

    private static void requireOne(int paths) {
        if (paths == 0) {
            throw new BuilderException("remove(...) needs at least one path to remove");
        }
    }

    /**
     * @param path  the number or set attribute to add to, parsed as {@link Path#parse(String)}
     * @param value a number to add, or a set whose elements to add
     * @return {@code ADD path value}
     */
    public static UpdateExpression add(String path, Object value) {
        return add(attribute(path), value);
    }

    /**
     * @param attribute the number or set attribute to add to
     * @param value     a number to add, or a set whose elements to add
     * @return {@code ADD attribute value}
     */
    public static UpdateExpression add(Attribute attribute, Object value) {
        return UpdateExpression.NONE.add(attribute, value);
    }

    /**
     * @param path  the set attribute to delete from, parsed as {@link Path#parse(String)}
     * @param value a set whose elements to delete
     * @return {@code DELETE path value}
     */
    public static UpdateExpression delete(String path, Object value) {
        return delete(attribute(path), value);
    }

    /**
     * @param attribute the set attribute to delete from
     * @param value     a set whose elements to delete
     * @return {@code DELETE attribute value}
     */
    public static UpdateExpression delete(Attribute attribute, Object value) {
        return UpdateExpression.NONE.delete(attribute, value);
    }

    /**
     * @param first the first part
     * @param more  further parts
     * @return one update with the actions of every part, such as {@code update(set("a", 1), remove("b"))}
     */
    public static UpdateExpression update(UpdateExpression first, UpdateExpression... more) {
        UpdateExpression result = Objects.requireNonNull(first, "first");
        for (UpdateExpression part : more) {
            result = result.and(part);
        }
        return result;
    }

    /**
     * @param path    the attribute to read
     * @param ifAbsent what to use when it does not exist: a value or an update operand
     * @return {@code if_not_exists(path, ifAbsent)}, to use in a {@code SET}
     */
    public static UpdateOperand ifNotExists(String path, Object ifAbsent) {
        return ifNotExists(attribute(path), ifAbsent);
    }

    /**
     * @param attribute the attribute to read
     * @param ifAbsent  what to use when it does not exist: a value or an update operand
     * @return {@code if_not_exists(attribute, ifAbsent)}, to use in a {@code SET}
     */
    public static UpdateOperand ifNotExists(Attribute attribute, Object ifAbsent) {
        return new UpdateFunction("if_not_exists",
                List.of(Objects.requireNonNull(attribute, "attribute"), UpdateFunction.operand(ifAbsent)));
    }

    /**
     * @param first  a list value or an update operand, such as an attribute
     * @param second a list value or an update operand
     * @return {@code list_append(first, second)}: the elements of first then of second, to use in a {@code SET}
     */
    public static UpdateOperand listAppend(Object first, Object second) {
        return new UpdateFunction("list_append", List.of(UpdateFunction.operand(first),
                UpdateFunction.operand(second)));
    }

    /**
     * @param paths the attributes to read, each parsed as {@link Path#parse(String)}
     * @return the projection of those paths
     */
    public static ProjectionExpression projection(String... paths) {
        List<Attribute> attributes = new ArrayList<>(paths.length);
        for (String path : paths) {
            attributes.add(attribute(path));
        }
        return new ProjectionExpression(attributes);
    }

    /**
     * @param attributes the attributes to read
     * @return the projection of those attributes
     */
    public static ProjectionExpression projection(Attribute... attributes) {
        return new ProjectionExpression(List.of(attributes));
    }

    /**
     * @param name the partition key's name, a top-level attribute; parsed as {@link Path#parse(String)}, so a
     *             name holding dots goes through {@link #partitionKey(Path)}
     * @return the partition key, to compare with {@code eq}
     */
    public static PartitionKey partitionKey(String name) {
        return new PartitionKey(Path.parse(name));
    }

    /**
     * @param name the partition key's name, as a one-element path
     * @return the partition key, to compare with {@code eq}
     */
    public static PartitionKey partitionKey(Path name) {
        return new PartitionKey(name);
    }

    /**
     * @param name the sort key's name, a top-level attribute; parsed as {@link Path#parse(String)}, so a name
     *             holding dots goes through {@link #sortKey(Path)}
     * @return the sort key, to compare
     */
    public static SortKey sortKey(String name) {
        return new SortKey(Path.parse(name));
    }

    /**
     * @param name the sort key's name, as a one-element path
     * @return the sort key, to compare
     */
    public static SortKey sortKey(Path name) {
        return new SortKey(name);
    }
}
