package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeBackup} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeBackup.html#API_DescribeBackup_ResponseSyntax">DescribeBackup response</a>.
 * Immutable.
 */
public final class DescribeBackupResponse extends BackupDescriptionResponse {
    private DescribeBackupResponse(JsonParser parser) {
        super(parser);
    }

    static DescribeBackupResponse read(JsonParser parser) {
        return new DescribeBackupResponse(parser);
    }
}
