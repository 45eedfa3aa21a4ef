package io.lowvoltage.actions;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The request member names the actions write, encoded once: a {@link SerializedString} caches its quoted
 * UTF-8 bytes, so writing a name is a copy.
 */
final class Members {
    static final SerializableString ACTION = new SerializedString("Action");
    static final SerializableString ATTRIBUTE_DEFINITIONS = new SerializedString("AttributeDefinitions");
    static final SerializableString ATTRIBUTE_NAME = new SerializedString("AttributeName");
    static final SerializableString ATTRIBUTE_TYPE = new SerializedString("AttributeType");
    static final SerializableString ATTRIBUTE_UPDATES = new SerializedString("AttributeUpdates");
    static final SerializableString ATTRIBUTE_VALUE_LIST = new SerializedString("AttributeValueList");
    static final SerializableString ATTRIBUTES_TO_GET = new SerializedString("AttributesToGet");
    static final SerializableString BILLING_MODE = new SerializedString("BillingMode");
    static final SerializableString COMPARISON_OPERATOR = new SerializedString("ComparisonOperator");
    static final SerializableString CONDITION_EXPRESSION = new SerializedString("ConditionExpression");
    static final SerializableString CONDITIONAL_OPERATOR = new SerializedString("ConditionalOperator");
    static final SerializableString CONSISTENT_READ = new SerializedString("ConsistentRead");
    static final SerializableString CREATE = new SerializedString("Create");
    static final SerializableString DELETE = new SerializedString("Delete");
    static final SerializableString DELETE_REQUEST = new SerializedString("DeleteRequest");
    static final SerializableString DELETION_PROTECTION_ENABLED = new SerializedString("DeletionProtectionEnabled");
    static final SerializableString DIMENSIONS = new SerializedString("Dimensions");
    static final SerializableString DISTANCE_FUNCTION = new SerializedString("DistanceFunction");
    static final SerializableString ENABLED = new SerializedString("Enabled");
    static final SerializableString EXCLUSIVE_START_KEY = new SerializedString("ExclusiveStartKey");
    static final SerializableString EXCLUSIVE_START_TABLE_NAME = new SerializedString("ExclusiveStartTableName");
    static final SerializableString EXISTS = new SerializedString("Exists");
    static final SerializableString EXPECTED = new SerializedString("Expected");
    static final SerializableString EXPRESSION_ATTRIBUTE_NAMES = new SerializedString("ExpressionAttributeNames");
    static final SerializableString EXPRESSION_ATTRIBUTE_VALUES = new SerializedString("ExpressionAttributeValues");
    static final SerializableString FILTER_EXPRESSION = new SerializedString("FilterExpression");
    static final SerializableString GLOBAL_SECONDARY_INDEX_UPDATES = new SerializedString("GlobalSecondaryIndexUpdates");
    static final SerializableString GLOBAL_SECONDARY_INDEXES = new SerializedString("GlobalSecondaryIndexes");
    static final SerializableString GLOBAL_TABLE_SETTINGS_REPLICATION_MODE = new SerializedString("GlobalTableSettingsReplicationMode");
    static final SerializableString GLOBAL_TABLE_SOURCE_ARN = new SerializedString("GlobalTableSourceArn");
    static final SerializableString GLOBAL_TABLE_WITNESS_UPDATES = new SerializedString("GlobalTableWitnessUpdates");
    static final SerializableString INDEX_NAME = new SerializedString("IndexName");
    static final SerializableString ITEM = new SerializedString("Item");
    static final SerializableString KMS_MASTER_KEY_ID = new SerializedString("KMSMasterKeyId");
    static final SerializableString KEY = new SerializedString("Key");
    static final SerializableString KEY_CONDITION_EXPRESSION = new SerializedString("KeyConditionExpression");
    static final SerializableString KEY_CONDITIONS = new SerializedString("KeyConditions");
    static final SerializableString KEY_SCHEMA = new SerializedString("KeySchema");
    static final SerializableString KEY_TYPE = new SerializedString("KeyType");
    static final SerializableString KEYS = new SerializedString("Keys");
    static final SerializableString LIMIT = new SerializedString("Limit");
    static final SerializableString LOCAL_SECONDARY_INDEXES = new SerializedString("LocalSecondaryIndexes");
    static final SerializableString MAX_READ_REQUEST_UNITS = new SerializedString("MaxReadRequestUnits");
    static final SerializableString MAX_WRITE_REQUEST_UNITS = new SerializedString("MaxWriteRequestUnits");
    static final SerializableString MULTI_REGION_CONSISTENCY = new SerializedString("MultiRegionConsistency");
    static final SerializableString NON_KEY_ATTRIBUTES = new SerializedString("NonKeyAttributes");
    static final SerializableString ON_DEMAND_THROUGHPUT = new SerializedString("OnDemandThroughput");
    static final SerializableString ON_DEMAND_THROUGHPUT_OVERRIDE = new SerializedString("OnDemandThroughputOverride");
    static final SerializableString PROJECTION = new SerializedString("Projection");
    static final SerializableString PROJECTION_EXPRESSION = new SerializedString("ProjectionExpression");
    static final SerializableString PROJECTION_TYPE = new SerializedString("ProjectionType");
    static final SerializableString PROVISIONED_THROUGHPUT = new SerializedString("ProvisionedThroughput");
    static final SerializableString PROVISIONED_THROUGHPUT_OVERRIDE = new SerializedString("ProvisionedThroughputOverride");
    static final SerializableString PUT_REQUEST = new SerializedString("PutRequest");
    static final SerializableString QUERY_FILTER = new SerializedString("QueryFilter");
    static final SerializableString READ_CAPACITY_UNITS = new SerializedString("ReadCapacityUnits");
    static final SerializableString READ_UNITS_PER_SECOND = new SerializedString("ReadUnitsPerSecond");
    static final SerializableString REGION_NAME = new SerializedString("RegionName");
    static final SerializableString REPLICA_UPDATES = new SerializedString("ReplicaUpdates");
    static final SerializableString REQUEST_ITEMS = new SerializedString("RequestItems");
    static final SerializableString RESOURCE_POLICY = new SerializedString("ResourcePolicy");
    static final SerializableString RETURN_CONSUMED_CAPACITY = new SerializedString("ReturnConsumedCapacity");
    static final SerializableString RETURN_ITEM_COLLECTION_METRICS = new SerializedString("ReturnItemCollectionMetrics");
    static final SerializableString RETURN_VALUES = new SerializedString("ReturnValues");
    static final SerializableString RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = new SerializedString("ReturnValuesOnConditionCheckFailure");
    static final SerializableString SSE_SPECIFICATION = new SerializedString("SSESpecification");
    static final SerializableString SSE_TYPE = new SerializedString("SSEType");
    static final SerializableString SCAN_FILTER = new SerializedString("ScanFilter");
    static final SerializableString SCAN_INDEX_FORWARD = new SerializedString("ScanIndexForward");
    static final SerializableString SEARCH_SCHEMA = new SerializedString("SearchSchema");
    static final SerializableString SEARCH_SCHEMA_ELEMENT_TYPE = new SerializedString("SearchSchemaElementType");
    static final SerializableString SEGMENT = new SerializedString("Segment");
    static final SerializableString SELECT = new SerializedString("Select");
    static final SerializableString STREAM_ENABLED = new SerializedString("StreamEnabled");
    static final SerializableString STREAM_SPECIFICATION = new SerializedString("StreamSpecification");
    static final SerializableString STREAM_VIEW_TYPE = new SerializedString("StreamViewType");
    static final SerializableString TABLE_CLASS = new SerializedString("TableClass");
    static final SerializableString TABLE_CLASS_OVERRIDE = new SerializedString("TableClassOverride");
    static final SerializableString TABLE_NAME = new SerializedString("TableName");
    static final SerializableString TAGS = new SerializedString("Tags");
    static final SerializableString TOTAL_SEGMENTS = new SerializedString("TotalSegments");
    static final SerializableString UPDATE = new SerializedString("Update");
    static final SerializableString UPDATE_EXPRESSION = new SerializedString("UpdateExpression");
    static final SerializableString VALUE = new SerializedString("Value");
    static final SerializableString VECTOR_ATTRIBUTE = new SerializedString("VectorAttribute");
    static final SerializableString VECTOR_INDEX_UPDATES = new SerializedString("VectorIndexUpdates");
    static final SerializableString VECTOR_INDEXES = new SerializedString("VectorIndexes");
    static final SerializableString WARM_THROUGHPUT = new SerializedString("WarmThroughput");
    static final SerializableString WRITE_CAPACITY_UNITS = new SerializedString("WriteCapacityUnits");
    static final SerializableString WRITE_UNITS_PER_SECOND = new SerializedString("WriteUnitsPerSecond");

    private Members() {
    }
}
