package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.core.JsonParser;

/**
 * Capacity consumed on one vector index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_VectorCapacity.html">VectorCapacity</a>.
 * Immutable; each value is {@code null} when DynamoDB did not report it.
 */
public final class VectorCapacity {
    private final BigDecimal vectorSearchRequestBytes;
    private final BigDecimal vectorWriteRequestBytes;

    private VectorCapacity(BigDecimal vectorSearchRequestBytes, BigDecimal vectorWriteRequestBytes) {
        this.vectorSearchRequestBytes = vectorSearchRequestBytes;
        this.vectorWriteRequestBytes = vectorWriteRequestBytes;
    }

    static VectorCapacity read(JsonParser parser) {
        BigDecimal search = null;
        BigDecimal write = null;
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "VectorSearchRequestBytes" -> search = JsonReads.decimal(parser);
                case "VectorWriteRequestBytes" -> write = JsonReads.decimal(parser);
                default -> parser.skipChildren();
            }
        }
        return new VectorCapacity(search, write);
    }

    /** @return the vector search request bytes a SearchVectors call consumed, or {@code null} */
    public BigDecimal vectorSearchRequestBytes() {
        return vectorSearchRequestBytes;
    }

    /** @return the vector write request bytes a write consumed on the index, or {@code null} */
    public BigDecimal vectorWriteRequestBytes() {
        return vectorWriteRequestBytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VectorCapacity that
                && Objects.equals(vectorSearchRequestBytes, that.vectorSearchRequestBytes)
                && Objects.equals(vectorWriteRequestBytes, that.vectorWriteRequestBytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vectorSearchRequestBytes, vectorWriteRequestBytes);
    }

    @Override
    public String toString() {
        return "VectorCapacity{vectorSearchRequestBytes=" + vectorSearchRequestBytes + ", vectorWriteRequestBytes="
                + vectorWriteRequestBytes + "}";
    }
}
