package io.lowvoltage.actions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.Require;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The key schemas, attribute definitions and indexes that {@link CreateTable} and {@link UpdateTable} build with
 * their "active resource" methods: the table, or the index last named, takes the next key, projection and
 * throughput calls. Attribute definitions are gathered from every key call, once per name.
 */
final class TableSchema {
    /** What a resource is, which decides the calls it takes and where it is written. */
    enum Kind {
        TABLE, GLOBAL, LOCAL, UPDATE, DELETE
    }

    /** One resource being built: the table or an index, with the members it may have. */
    static final class Resource {
        private final Kind kind;
        private final String indexName;
        private KeySchemaElement hash;
        private KeySchemaElement range;
        private Projection projection;
        private ProvisionedThroughput provisionedThroughput;
        private OnDemandThroughput onDemandThroughput;
        private WarmThroughput warmThroughput;

        private Resource(Kind kind, String indexName) {
            this.kind = kind;
            this.indexName = indexName;
        }

        ProvisionedThroughput provisionedThroughput() {
            return provisionedThroughput;
        }

        OnDemandThroughput onDemandThroughput() {
            return onDemandThroughput;
        }

        WarmThroughput warmThroughput() {
            return warmThroughput;
        }

        private List<KeySchemaElement> keySchema(KeySchemaElement defaultHash) {
            List<KeySchemaElement> keys = new ArrayList<>(2);
            KeySchemaElement partition = hash != null ? hash : defaultHash;
            if (partition != null) {
                keys.add(partition);
            }
            if (range != null) {
                keys.add(range);
            }
            return keys;
        }

        private String describe() {
            return switch (kind) {
                case TABLE -> "the table";
                case GLOBAL -> "global secondary index " + indexName;
                case LOCAL -> "local secondary index " + indexName;
                case UPDATE -> "the update of global secondary index " + indexName;
                case DELETE -> "the deletion of global secondary index " + indexName;
            };
        }
    }

    private final String operation;
    private final Map<String, ScalarAttributeType> attributeDefinitions = new LinkedHashMap<>();
    private final Resource table = new Resource(Kind.TABLE, null);
    private final List<Resource> indexes = new ArrayList<>();
    private Resource active = table;

    /** @param operation the action, for messages */
    TableSchema(String operation) {
        this.operation = operation;
    }

    /** @return the table's own resource, whatever is active */
    Resource table() {
        return table;
    }

    /** @return the resource that takes key, projection and throughput calls */
    Resource active() {
        return active;
    }

    /** Makes the table the active resource again. */
    void activateTable() {
        active = table;
    }

    /**
     * Makes the index of that kind and name the active resource, adding it when it is new.
     *
     * @return the index's resource
     */
    Resource activate(Kind kind, String indexName) {
        Objects.requireNonNull(indexName, "indexName");
        for (Resource index : indexes) {
            if (index.kind == kind && index.indexName.equals(indexName)) {
                active = index;
                return index;
            }
        }
        Resource index = new Resource(kind, indexName);
        indexes.add(index);
        active = index;
        return index;
    }

    private Resource add(Kind kind, String indexName, List<KeySchemaElement> keySchema, Projection projection,
            ProvisionedThroughput provisioned, OnDemandThroughput onDemand, WarmThroughput warm) {
        Resource previous = active;
        Resource index = activate(kind, indexName);
        active = previous;
        for (KeySchemaElement element : keySchema) {
            keySchemaElement(index, element);
        }
        index.projection = projection;
        index.provisionedThroughput = provisioned;
        index.onDemandThroughput = onDemand;
        index.warmThroughput = warm;
        return index;
    }

    /** Adds a global secondary index given as a model value, keeping the active resource. */
    void add(GlobalSecondaryIndex index) {
        add(Kind.GLOBAL, index.indexName(), index.keySchema(), index.projection(), index.provisionedThroughput(),
                index.onDemandThroughput(), index.warmThroughput());
    }

    /** Adds a local secondary index given as a model value, keeping the active resource. */
    void add(LocalSecondaryIndex index) {
        add(Kind.LOCAL, index.indexName(), index.keySchema(), index.projection(), null, null, null);
    }

    /** Adds a global secondary index update given as a model value, keeping the active resource. */
    void add(GlobalSecondaryIndexUpdate update) {
        if (update.create() != null) {
            add(update.create());
        } else {
            add(update.isDelete() ? Kind.DELETE : Kind.UPDATE, update.indexName(), List.of(), null,
                    update.provisionedThroughput(), update.onDemandThroughput(), update.warmThroughput());
        }
    }

    /**
     * Adds an attribute definition, once per name.
     *
     * @throws BuilderException when the name is already defined with another type
     */
    void attributeDefinition(String attributeName, ScalarAttributeType attributeType) {
        Objects.requireNonNull(attributeName, "attributeName");
        Shapes.known(attributeType, "AttributeType");
        ScalarAttributeType previous = attributeDefinitions.putIfAbsent(attributeName, attributeType);
        if (previous != null && previous != attributeType) {
            throw new BuilderException(operation + " defines attribute " + attributeName + " as " + previous
                    + " and as " + attributeType + ". A key attribute has one type in the table and every index: "
                    + "use the same type in each hashKey/rangeKey call");
        }
    }

    /**
     * Sets a key attribute of the active resource and defines its type.
     *
     * @throws BuilderException when the active resource has no key schema to set
     */
    void key(String attributeName, ScalarAttributeType attributeType, KeyType keyType) {
        String method = keyType == KeyType.HASH ? "hashKey" : "rangeKey";
        if (active.kind == Kind.UPDATE || active.kind == Kind.TABLE && !operation.equals("CreateTable")) {
            throw new BuilderException(operation + " cannot set the key schema of " + active.describe()
                    + ": key schemas are fixed at creation. Call ." + method + "(...) after "
                    + ".createGlobalSecondaryIndex(name) to define a new index");
        }
        attributeDefinition(attributeName, attributeType);
        keySchemaElement(active, KeySchemaElement.of(attributeName, keyType));
    }

    /**
     * Sets one element of a resource's key schema; the same element twice is once.
     *
     * @throws BuilderException when that key type is already set to another attribute
     */
    void keySchemaElement(Resource resource, KeySchemaElement element) {
        Objects.requireNonNull(element, "keySchema");
        boolean hash = Shapes.known(element.keyType(), "KeyType") == KeyType.HASH;
        KeySchemaElement previous = hash ? resource.hash : resource.range;
        if (previous != null && !previous.equals(element)) {
            throw new BuilderException(operation + " sets the " + element.keyType() + " key of "
                    + resource.describe() + " to " + previous.attributeName() + " and to "
                    + element.attributeName() + ". A key schema has one " + element.keyType() + " key");
        }
        if (hash) {
            resource.hash = element;
        } else {
            resource.range = element;
        }
    }

    /**
     * Sets the projection of the active index.
     *
     * @throws BuilderException when the active resource has no projection (the table, an index update)
     */
    void projection(Projection projection) {
        Objects.requireNonNull(projection, "projection");
        if (active.kind != Kind.GLOBAL && active.kind != Kind.LOCAL) {
            throw new BuilderException(operation + " cannot set a projection on " + active.describe()
                    + ". Projections belong to new indexes: name one first with "
                    + (operation.equals("CreateTable") ? ".globalSecondaryIndex(name) or .localSecondaryIndex(name)"
                            : ".createGlobalSecondaryIndex(name)"));
        }
        active.projection = projection;
    }

    /**
     * Sets the provisioned throughput of the active resource.
     *
     * @throws BuilderException on a local secondary index, which shares the table's throughput
     */
    void provisionedThroughput(ProvisionedThroughput throughput) {
        throughputTarget("provisionedThroughput").provisionedThroughput =
                Objects.requireNonNull(throughput, "provisionedThroughput");
    }

    /**
     * Sets the maximum on-demand throughput of the active resource.
     *
     * @throws BuilderException on a local secondary index, which shares the table's throughput
     */
    void onDemandThroughput(OnDemandThroughput throughput) {
        throughputTarget("onDemandThroughput").onDemandThroughput =
                Objects.requireNonNull(throughput, "onDemandThroughput");
    }

    /**
     * Sets the warm throughput of the active resource.
     *
     * @throws BuilderException on a local secondary index, which shares the table's throughput
     */
    void warmThroughput(WarmThroughput throughput) {
        throughputTarget("warmThroughput").warmThroughput = Objects.requireNonNull(throughput, "warmThroughput");
    }

    private Resource throughputTarget(String method) {
        if (active.kind == Kind.LOCAL) {
            throw new BuilderException(operation + " cannot set " + method + " on " + active.describe()
                    + ": a local secondary index uses the table's throughput. Call .table()." + method
                    + "(...) instead");
        }
        return active;
    }

    /**
     * Checks the key schemas and projections.
     *
     * @throws BuilderException naming the index and the member missing
     */
    void validate() {
        if (operation.equals("CreateTable")) {
            Require.present(table.hash, operation, "KeySchema (a HASH key)", ".hashKey(name, type) or .keySchema(...)");
        }
        for (Resource index : indexes) {
            String how = index.kind == Kind.LOCAL ? ".localSecondaryIndex(\"" + index.indexName + "\")"
                    : operation.equals("CreateTable") ? ".globalSecondaryIndex(\"" + index.indexName + "\")"
                    : ".createGlobalSecondaryIndex(\"" + index.indexName + "\")";
            switch (index.kind) {
                case GLOBAL -> Require.present(index.hash, operation,
                        "KeySchema (a HASH key) of " + index.describe(), how + ".hashKey(name, type)");
                case LOCAL -> {
                    Require.present(index.range, operation,
                            "KeySchema (a RANGE key) of " + index.describe(), how + ".rangeKey(name, type)");
                    Require.present(index.hash != null ? index.hash : table.hash, operation,
                            "KeySchema (a HASH key) of " + index.describe() + ", which defaults to the table's",
                            ".hashKey(name, type) on the table");
                }
                default -> {
                    continue;
                }
            }
            Require.present(index.projection, operation, "Projection of " + index.describe(),
                    how + ".projectAll(), .projectKeysOnly() or .projectInclude(...)");
        }
    }

    void writeAttributeDefinitions(JsonGenerator generator) {
        List<AttributeDefinition> definitions = new ArrayList<>(attributeDefinitions.size());
        attributeDefinitions.forEach((name, type) -> definitions.add(AttributeDefinition.of(name, type)));
        Shapes.array(generator, Members.ATTRIBUTE_DEFINITIONS, definitions, AttributeDefinition::write);
    }

    void writeKeySchema(JsonGenerator generator) {
        Shapes.array(generator, Members.KEY_SCHEMA, table.keySchema(null), KeySchemaElement::write);
    }

    void writeLocalSecondaryIndexes(JsonGenerator generator) {
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (Resource index : indexes) {
            if (index.kind == Kind.LOCAL) {
                locals.add(LocalSecondaryIndex.of(index.indexName, index.keySchema(table.hash), index.projection));
            }
        }
        Shapes.array(generator, Members.LOCAL_SECONDARY_INDEXES, locals, LocalSecondaryIndex::write);
    }

    void writeGlobalSecondaryIndexes(JsonGenerator generator) {
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        for (Resource index : indexes) {
            if (index.kind == Kind.GLOBAL) {
                globals.add(global(index));
            }
        }
        Shapes.array(generator, Members.GLOBAL_SECONDARY_INDEXES, globals, GlobalSecondaryIndex::write);
    }

    void writeGlobalSecondaryIndexUpdates(JsonGenerator generator) {
        List<GlobalSecondaryIndexUpdate> updates = new ArrayList<>();
        for (Resource index : indexes) {
            updates.add(switch (index.kind) {
                case GLOBAL -> GlobalSecondaryIndexUpdate.create(global(index));
                case UPDATE -> GlobalSecondaryIndexUpdate.update(index.indexName, index.provisionedThroughput,
                        index.onDemandThroughput, index.warmThroughput);
                case DELETE -> GlobalSecondaryIndexUpdate.delete(index.indexName);
                case TABLE, LOCAL -> throw new IllegalStateException(operation + " has no " + index.describe());
            });
        }
        Shapes.array(generator, Members.GLOBAL_SECONDARY_INDEX_UPDATES, updates, GlobalSecondaryIndexUpdate::write);
    }

    private static GlobalSecondaryIndex global(Resource index) {
        return GlobalSecondaryIndex.of(index.indexName, index.keySchema(null), index.projection)
                .withProvisionedThroughput(index.provisionedThroughput)
                .withOnDemandThroughput(index.onDemandThroughput)
                .withWarmThroughput(index.warmThroughput);
    }
}
