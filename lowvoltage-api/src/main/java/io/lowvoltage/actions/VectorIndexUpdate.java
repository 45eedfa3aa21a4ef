package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Creates or deletes a vector index, for {@link UpdateTable}: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_VectorIndexUpdate.html">VectorIndexUpdate</a>,
 * holding its {@code Create} ({@code CreateVectorIndexAction}) or {@code Delete} ({@code DeleteVectorIndexAction})
 * action. Immutable.
 *
 * <pre>{@code
 * VectorIndexUpdate.create(VectorIndex.of("vi", "embedding", 1024, VectorDistanceFunction.COSINE, Projection.all()))
 * VectorIndexUpdate.delete("vi")
 * }</pre>
 */
public final class VectorIndexUpdate {
    private final VectorIndex create;
    private final String indexName;

    private VectorIndexUpdate(VectorIndex create, String indexName) {
        this.create = create;
        this.indexName = Objects.requireNonNull(indexName, "indexName");
    }

    /**
     * @param index the vector index to create (API member {@code Create})
     * @return the update
     */
    public static VectorIndexUpdate create(VectorIndex index) {
        return new VectorIndexUpdate(index, index.indexName());
    }

    /**
     * @param indexName the vector index to delete (API member {@code Delete}, {@code IndexName})
     * @return the update
     */
    public static VectorIndexUpdate delete(String indexName) {
        return new VectorIndexUpdate(null, indexName);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        if (create != null) {
            generator.writeName(Members.CREATE);
            create.write(generator);
        } else {
            generator.writeName(Members.DELETE);
            generator.writeStartObject();
            JsonWrites.string(generator, Members.INDEX_NAME, indexName);
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }

    /** @return the index this update is about */
    public String indexName() {
        return indexName;
    }

    /** @return the index to create (API member {@code Create}), or {@code null} for a delete */
    public VectorIndex create() {
        return create;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VectorIndexUpdate that && Objects.equals(create, that.create)
                && indexName.equals(that.indexName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(create, indexName);
    }

    @Override
    public String toString() {
        return create != null ? "Create" + create : "Delete{" + indexName + "}";
    }
}
