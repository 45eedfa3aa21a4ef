package io.lowvoltage.actions;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The request member names of the export, import, Kinesis streaming, contributor insights, resource policy and
 * DynamoDB Streams actions that {@link Members} does not have, encoded once like those.
 */
final class FeatureMembers {
    static final SerializableString APPROXIMATE_CREATION_DATE_TIME_PRECISION = new SerializedString("ApproximateCreationDateTimePrecision");
    static final SerializableString CLIENT_TOKEN = new SerializedString("ClientToken");
    static final SerializableString CONFIRM_REMOVE_SELF_RESOURCE_ACCESS = new SerializedString("ConfirmRemoveSelfResourceAccess");
    static final SerializableString CONTRIBUTOR_INSIGHTS_ACTION = new SerializedString("ContributorInsightsAction");
    static final SerializableString CONTRIBUTOR_INSIGHTS_MODE = new SerializedString("ContributorInsightsMode");
    static final SerializableString CSV = new SerializedString("Csv");
    static final SerializableString DELIMITER = new SerializedString("Delimiter");
    static final SerializableString ENABLE_KINESIS_STREAMING_CONFIGURATION = new SerializedString("EnableKinesisStreamingConfiguration");
    static final SerializableString EXCLUSIVE_START_SHARD_ID = new SerializedString("ExclusiveStartShardId");
    static final SerializableString EXCLUSIVE_START_STREAM_ARN = new SerializedString("ExclusiveStartStreamArn");
    static final SerializableString EXPECTED_REVISION_ID = new SerializedString("ExpectedRevisionId");
    static final SerializableString EXPORT_ARN = new SerializedString("ExportArn");
    static final SerializableString EXPORT_FORMAT = new SerializedString("ExportFormat");
    static final SerializableString EXPORT_FROM_TIME = new SerializedString("ExportFromTime");
    static final SerializableString EXPORT_TIME = new SerializedString("ExportTime");
    static final SerializableString EXPORT_TO_TIME = new SerializedString("ExportToTime");
    static final SerializableString EXPORT_TYPE = new SerializedString("ExportType");
    static final SerializableString EXPORT_VIEW_TYPE = new SerializedString("ExportViewType");
    static final SerializableString HEADER_LIST = new SerializedString("HeaderList");
    static final SerializableString IMPORT_ARN = new SerializedString("ImportArn");
    static final SerializableString INCREMENTAL_EXPORT_SPECIFICATION = new SerializedString("IncrementalExportSpecification");
    static final SerializableString INPUT_COMPRESSION_TYPE = new SerializedString("InputCompressionType");
    static final SerializableString INPUT_FORMAT = new SerializedString("InputFormat");
    static final SerializableString INPUT_FORMAT_OPTIONS = new SerializedString("InputFormatOptions");
    static final SerializableString MAX_RESULTS = new SerializedString("MaxResults");
    static final SerializableString NEXT_TOKEN = new SerializedString("NextToken");
    static final SerializableString PAGE_SIZE = new SerializedString("PageSize");
    static final SerializableString POLICY = new SerializedString("Policy");
    static final SerializableString RESOURCE_ARN = new SerializedString("ResourceArn");
    static final SerializableString S3_BUCKET = new SerializedString("S3Bucket");
    static final SerializableString S3_BUCKET_OWNER = new SerializedString("S3BucketOwner");
    static final SerializableString S3_BUCKET_SOURCE = new SerializedString("S3BucketSource");
    static final SerializableString S3_KEY_PREFIX = new SerializedString("S3KeyPrefix");
    static final SerializableString S3_PREFIX = new SerializedString("S3Prefix");
    static final SerializableString S3_SSE_ALGORITHM = new SerializedString("S3SseAlgorithm");
    static final SerializableString S3_SSE_KMS_KEY_ID = new SerializedString("S3SseKmsKeyId");
    static final SerializableString SEQUENCE_NUMBER = new SerializedString("SequenceNumber");
    static final SerializableString SHARD_FILTER = new SerializedString("ShardFilter");
    static final SerializableString SHARD_ID = new SerializedString("ShardId");
    static final SerializableString SHARD_ITERATOR = new SerializedString("ShardIterator");
    static final SerializableString SHARD_ITERATOR_TYPE = new SerializedString("ShardIteratorType");
    static final SerializableString STREAM_ARN = new SerializedString("StreamArn");
    static final SerializableString TABLE_ARN = new SerializedString("TableArn");
    static final SerializableString TABLE_CREATION_PARAMETERS = new SerializedString("TableCreationParameters");
    static final SerializableString TYPE = new SerializedString("Type");
    static final SerializableString UPDATE_KINESIS_STREAMING_CONFIGURATION = new SerializedString("UpdateKinesisStreamingConfiguration");

    private FeatureMembers() {
    }
}
