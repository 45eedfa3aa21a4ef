package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * The server-side encryption state of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SSEDescription.html">SSEDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class SSEDescription {
    private final SSEStatus status;
    private final SSEType sseType;
    private final String kmsMasterKeyArn;
    private final Instant inaccessibleEncryptionDateTime;

    private SSEDescription(SSEStatus status, SSEType sseType, String kmsMasterKeyArn,
            Instant inaccessibleEncryptionDateTime) {
        this.status = status;
        this.sseType = sseType;
        this.kmsMasterKeyArn = kmsMasterKeyArn;
        this.inaccessibleEncryptionDateTime = inaccessibleEncryptionDateTime;
    }

    static SSEDescription read(JsonParser parser) {
        SSEStatus status = null;
        SSEType sseType = null;
        String kmsMasterKeyArn = null;
        Instant inaccessibleEncryptionDateTime = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "Status" -> status = Enums.read(parser, SSEStatus.class);
                case "SSEType" -> sseType = Enums.read(parser, SSEType.class);
                case "KMSMasterKeyArn" -> kmsMasterKeyArn = JsonReads.string(parser);
                case "InaccessibleEncryptionDateTime" -> inaccessibleEncryptionDateTime = JsonReads.instant(parser);
                default -> parser.skipChildren();
            }
        }
        return new SSEDescription(status, sseType, kmsMasterKeyArn, inaccessibleEncryptionDateTime);
    }

    /** @return the state of encryption (API member {@code Status}), or {@code null} */
    public SSEStatus status() {
        return status;
    }

    /** @return the encryption type (API member {@code SSEType}), or {@code null} */
    public SSEType sseType() {
        return sseType;
    }

    /** @return the ARN of the KMS key (API member {@code KMSMasterKeyArn}), or {@code null} */
    public String kmsMasterKeyArn() {
        return kmsMasterKeyArn;
    }

    /**
     * @return when DynamoDB found the KMS key inaccessible (API member {@code InaccessibleEncryptionDateTime}), or
     * {@code null}
     */
    public Instant inaccessibleEncryptionDateTime() {
        return inaccessibleEncryptionDateTime;
    }

    @Override
    public String toString() {
        return Shapes.toString("SSEDescription", "status", status, "sseType", sseType, "kmsMasterKeyArn",
                kmsMasterKeyArn, "inaccessibleEncryptionDateTime", inaccessibleEncryptionDateTime);
    }
}
