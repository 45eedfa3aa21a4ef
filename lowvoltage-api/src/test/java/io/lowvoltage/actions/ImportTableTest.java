package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportTableTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ImportTable(S3BucketSource.of("bucket").withS3BucketOwner("111122223333").withS3KeyPrefix("p/"), InputFormat.CSV,
                TableCreationParameters.builder("Tbl")
                        .hashKey("h", ScalarAttributeType.S)
                        .rangeKey("r", ScalarAttributeType.N)
                        .attributeDefinitions(AttributeDefinition.of("g", ScalarAttributeType.B))
                        .billingModeProvisioned()
                        .provisionedThroughput(1, 2)
                        .onDemandThroughput(OnDemandThroughput.of(3, 4))
                        .sseSpecification(SSESpecification.kms("key"))
                        .globalSecondaryIndexes(GlobalSecondaryIndex.of("gsi", List.of(KeySchemaElement.hash("g")),
                                Projection.keysOnly()).withProvisionedThroughput(ProvisionedThroughput.of(5, 6))
                                .withWarmThroughput(WarmThroughput.of(7, 8)))
                        .vectorIndexes(VectorIndex.of("vi", "v", 3, VectorDistanceFunction.COSINE, Projection.all()))
                        .build())
                .clientToken("token")
                .inputFormatOptions(InputFormatOptions.csv(CsvOptions.create().withDelimiter(";").withHeaderList("h",
                "r")))
                .inputCompressionTypeGzip());

        assertThat(transport.lastBody()).isEqualTo("{\"ClientToken\":\"token\",\"S3BucketSource\":{\"S3BucketOwner\":\"111122223333\",\"S3Bucket\":\"bucket"
                + "\",\"S3KeyPrefix\":\"p/\"},\"InputFormat\":\"CSV\",\"InputFormatOptions\":{\"Csv\":{\"Delimiter\":\";\",\"He"
                + "aderList\":[\"h\",\"r\"]}},\"InputCompressionType\":\"GZIP\",\"TableCreationParameters\":{\"TableName\""
                + ":\"Tbl\",\"AttributeDefinitions\":[{\"AttributeName\":\"h\",\"AttributeType\":\"S\"},{\"AttributeName\":\"r"
                + "\",\"AttributeType\":\"N\"},{\"AttributeName\":\"g\",\"AttributeType\":\"B\"}],\"KeySchema\":[{\"Attribute"
                + "Name\":\"h\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"r\",\"KeyType\":\"RANGE\"}],\"BillingMode\":\"PROVIS"
                + "IONED\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":2},\"OnDemandThr"
                + "oughput\":{\"MaxReadRequestUnits\":3,\"MaxWriteRequestUnits\":4},\"SSESpecification\":{\"Enabled\":"
                + "true,\"SSEType\":\"KMS\",\"KMSMasterKeyId\":\"key\"},\"GlobalSecondaryIndexes\":[{\"IndexName\":\"gsi\","
                + "\"KeySchema\":[{\"AttributeName\":\"g\",\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"KEYS_"
                + "ONLY\"},\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":6},\"WarmThrough"
                + "put\":{\"ReadUnitsPerSecond\":7,\"WriteUnitsPerSecond\":8}}],\"VectorIndexes\":[{\"IndexName\":\"vi\""
                + ",\"VectorAttribute\":{\"AttributeName\":\"v\"},\"Projection\":{\"ProjectionType\":\"ALL\"},\"Dimensions"
                + "\":3,\"DistanceFunction\":\"COSINE\"}]}}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.ImportTable");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new ImportTable(S3BucketSource.of("b"), InputFormat.ION,
                TableCreationParameters.builder("Tbl").hashKey("h", ScalarAttributeType.S).build()));

        assertThat(transport.lastBody()).matches("\\{\"ClientToken\":\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\",\"S3BucketS"
                + "ource\":\\{\"S3Bucket\":\"b\"\\},\"InputFormat\":\"ION\",\"TableCreationParameters\":\\{\"TableName\":\""
                + "Tbl\",\"AttributeDefinitions\":\\[\\{\"AttributeName\":\"h\",\"AttributeType\":\"S\"\\}\\],\"KeySchema\":"
                + "\\[\\{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"\\}\\]\\}\\}");
    }

    @Test
    void aMissingS3BucketSourceFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new ImportTable().inputFormatCsv().tableCreationParameters(TableCreationParameters.builder("Tbl").hashKey("h", ScalarAttributeType.S).build())))
                .isInstanceOf(BuilderException.class)
                .hasMessage("ImportTable needs S3BucketSource, which is not set. Set it with new ImportTable(s3BucketSo"
                + "urce, inputFormat, tableCreationParameters) or .s3BucketSource(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingInputFormatFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new ImportTable().s3BucketSource(S3BucketSource.of("b")).tableCreationParameters(TableCreationParameters.builder("Tbl").hashKey("h", ScalarAttributeType.S).build())))
                .isInstanceOf(BuilderException.class)
                .hasMessage("ImportTable needs InputFormat, which is not set. Set it with new ImportTable(s3BucketSourc"
                + "e, inputFormat, tableCreationParameters) or .inputFormat(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingTableCreationParametersFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new ImportTable().s3BucketSource(S3BucketSource.of("b")).inputFormatDynamodbJson()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("ImportTable needs TableCreationParameters, which is not set. Set it with new ImportTable(s"
                + "3BucketSource, inputFormat, tableCreationParameters) or .tableCreationParameters(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("ImportTable"));

        ImportTableResponse response = connection.request(new ImportTable(S3BucketSource.of("b"), InputFormat.ION,
                TableCreationParameters.builder("Tbl").hashKey("h", ScalarAttributeType.S).build()));

        ImportTableDescription description = response.importTableDescription();
        assertThat(description.importStatus()).isEqualTo(ImportStatus.FAILED);
        assertThat(description.tableCreationParameters().globalSecondaryIndexes().get(0).warmThroughput())
                .isEqualTo(WarmThroughput.of(1065, 1066));
        assertThat(description.inputFormatOptions().csv().headerList()).containsExactly("HeaderList-49");
        assertThat(response.toString()).isEqualTo("ImportTableResponse{importTableDescription=ImportTableDescription{importArn=ImportArn-39, "
                + "importStatus=FAILED, tableArn=TableArn-40, tableId=TableId-41, clientToken=ClientToken-42,"
                + " s3BucketSource=S3BucketSource{s3BucketOwner=S3BucketOwner-43, s3Bucket=S3Bucket-44, s3Key"
                + "Prefix=S3KeyPrefix-45}, errorCount=1046, cloudWatchLogGroupArn=CloudWatchLogGroupArn-47, i"
                + "nputFormat=CSV, inputFormatOptions=InputFormatOptions{csv=CsvOptions{delimiter=Delimiter-4"
                + "8, headerList=[HeaderList-49]}}, inputCompressionType=NONE, tableCreationParameters=TableC"
                + "reationParameters{tableName=TableName-50, attributeDefinitions=[AttributeName-51:B], keySc"
                + "hema=[AttributeName-52:RANGE], billingMode=PAY_PER_REQUEST, provisionedThroughput=Provisio"
                + "nedThroughput{read=1053, write=1054}, onDemandThroughput=OnDemandThroughput{maxRead=1055, "
                + "maxWrite=1056}, sseSpecification=SSESpecification{enabled=true, sseType=KMS, kmsMasterKeyI"
                + "d=KMSMasterKeyId-57}, globalSecondaryIndexes=[GlobalSecondaryIndex{indexName=IndexName-58,"
                + " keySchema=[AttributeName-59:RANGE], projection=INCLUDE[NonKeyAttributes-60], provisionedT"
                + "hroughput=ProvisionedThroughput{read=1061, write=1062}, onDemandThroughput=OnDemandThrough"
                + "put{maxRead=1063, maxWrite=1064}, warmThroughput=WarmThroughput{read=1065, write=1066}}], "
                + "vectorIndexes=[VectorIndex{indexName=IndexName-67, vectorAttribute=AttributeName-68, searc"
                + "hSchema=[AttributeName-69:INLINE_FILTER], projection=INCLUDE[NonKeyAttributes-70], dimensi"
                + "ons=1071, distanceFunction=EUCLIDEAN}]}, startTime=2023-11-14T22:14:32.125Z, endTime=2023-"
                + "11-14T22:14:33.125Z, processedSizeBytes=1074, processedItemCount=1075, importedItemCount=1"
                + "076, failureCode=FailureCode-77, failureMessage=FailureMessage-78}}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new ImportTable(S3BucketSource.of("b"), InputFormat.ION,
                TableCreationParameters.builder("Tbl").hashKey("h",
                        ScalarAttributeType.S).build())).toString()).isEqualTo("ImportTableResponse{}");
    }

    @Test
    void tableCreationParametersNeedAKey() {
        assertThatThrownBy(() -> TableCreationParameters.builder("Tbl").build())
                .isInstanceOf(BuilderException.class)
                .hasMessage("TableCreationParameters needs KeySchema, which is not set. Set it with .hashKey(name, type)");
        assertThatThrownBy(() -> TableCreationParameters.builder("Tbl").keySchema(KeySchemaElement.hash("h")).build())
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("TableCreationParameters needs AttributeDefinitions");
    }

    @Test
    void namedConstantsSetTheirEnumsAndVariadicsAdd() {
        transport.ok("{}");
        connection.request(new ImportTable(S3BucketSource.of("b"), InputFormat.CSV,
                TableCreationParameters.builder("Tbl").keySchema(List.of(KeySchemaElement.hash("h")))
                        .keySchema(java.util.stream.Stream.of(KeySchemaElement.range("r")))
                        .attributeDefinitions(java.util.stream.Stream.of(AttributeDefinition.of("h",
                        ScalarAttributeType.S)))
                        .attributeDefinitions(List.of(AttributeDefinition.of("r", ScalarAttributeType.S)))
                        .billingModePayPerRequest().build())
                .clientToken("c").inputFormatIon().inputCompressionTypeZstd().inputCompressionTypeNone());

        assertThat(transport.lastBody()).isEqualTo("{\"ClientToken\":\"c\",\"S3BucketSource\":{\"S3Bucket\":\"b\"},"
                + "\"InputFormat\":\"ION\",\"InputCompressionType\":\"NONE\",\"TableCreationParameters\":{\"TableName\":\"Tbl\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"h\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"r\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"h\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"r\",\"KeyType\":\"RANGE\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}}");
    }
}
