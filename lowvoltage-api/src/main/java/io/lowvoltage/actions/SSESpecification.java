package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The server-side encryption settings of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SSESpecification.html">SSESpecification</a>.
 * Immutable; unset members are {@code null} and not sent.
 *
 * <pre>{@code
 * SSESpecification.kms("alias/my-key"), SSESpecification.kmsAwsManaged(), SSESpecification.dynamoDbOwned()
 * }</pre>
 */
public final class SSESpecification {
    private final Boolean enabled;
    private final SSEType sseType;
    private final String kmsMasterKeyId;

    private SSESpecification(Boolean enabled, SSEType sseType, String kmsMasterKeyId) {
        this.enabled = enabled;
        this.sseType = sseType;
        this.kmsMasterKeyId = kmsMasterKeyId;
    }

    /**
     * @param enabled        {@code true} for an AWS managed or customer managed KMS key, {@code false} for a key
     *                       owned by DynamoDB (API member {@code Enabled}), or {@code null} to leave it out
     * @param sseType        the encryption type (API member {@code SSEType}), or {@code null}
     * @param kmsMasterKeyId the KMS key's id, ARN, alias name or alias ARN (API member {@code KMSMasterKeyId}),
     *                       or {@code null}
     * @return the specification
     */
    public static SSESpecification of(Boolean enabled, SSEType sseType, String kmsMasterKeyId) {
        return new SSESpecification(enabled, sseType == null ? null : Shapes.known(sseType, "SSEType"),
                kmsMasterKeyId);
    }

    /** @return KMS encryption with the AWS managed key ({@code Enabled} true, {@code SSEType} KMS) */
    public static SSESpecification kmsAwsManaged() {
        return of(true, SSEType.KMS, null);
    }

    /** @return encryption with a key owned by DynamoDB, the default ({@code Enabled} false) */
    public static SSESpecification dynamoDbOwned() {
        return of(false, null, null);
    }

    /**
     * @param kmsMasterKeyId the KMS key's id, ARN, alias name or alias ARN
     * @return KMS encryption with that customer managed key
     */
    public static SSESpecification kms(String kmsMasterKeyId) {
        return of(true, SSEType.KMS, Objects.requireNonNull(kmsMasterKeyId, "kmsMasterKeyId"));
    }

    static SSESpecification read(JsonParser parser) {
        Boolean enabled = null;
        SSEType sseType = null;
        String kmsMasterKeyId = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "Enabled" -> enabled = JsonReads.bool(parser);
                case "SSEType" -> sseType = Enums.read(parser, SSEType.class);
                case "KMSMasterKeyId" -> kmsMasterKeyId = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new SSESpecification(enabled, sseType, kmsMasterKeyId);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.bool(generator, Members.ENABLED, enabled);
        JsonWrites.constant(generator, Members.SSE_TYPE, sseType);
        JsonWrites.string(generator, Members.KMS_MASTER_KEY_ID, kmsMasterKeyId);
        generator.writeEndObject();
    }

    /** @return whether KMS encryption is on (API member {@code Enabled}), or {@code null} */
    public Boolean enabled() {
        return enabled;
    }

    /** @return the encryption type (API member {@code SSEType}), or {@code null} */
    public SSEType sseType() {
        return sseType;
    }

    /** @return the KMS key (API member {@code KMSMasterKeyId}), or {@code null} */
    public String kmsMasterKeyId() {
        return kmsMasterKeyId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SSESpecification that && Objects.equals(enabled, that.enabled)
                && sseType == that.sseType && Objects.equals(kmsMasterKeyId, that.kmsMasterKeyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, sseType, kmsMasterKeyId);
    }

    @Override
    public String toString() {
        return Shapes.toString("SSESpecification", "enabled", enabled, "sseType", sseType,
                "kmsMasterKeyId", kmsMasterKeyId);
    }
}
