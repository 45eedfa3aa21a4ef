package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class DescribeImportTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new DescribeImport("arn:i"));

        assertThat(transport.lastBody()).isEqualTo("{\"ImportArn\":\"arn:i\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.DescribeImport");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new DescribeImport("arn:i"));

        assertThat(transport.lastBody()).isEqualTo("{\"ImportArn\":\"arn:i\"}");
    }

    @Test
    void aMissingImportArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeImport()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeImport needs ImportArn, which is not set. Set it with new DescribeImport(importArn"
                + ") or .importArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("DescribeImport"));

        DescribeImportResponse response = connection.request(new DescribeImport("arn:i"));

        assertThat(response.importTableDescription().processedSizeBytes()).isEqualTo(1114L);
        assertThat(response.toString()).isEqualTo("DescribeImportResponse{importTableDescription=ImportTableDescription{importArn=ImportArn-7"
                + "9, importStatus=FAILED, tableArn=TableArn-80, tableId=TableId-81, clientToken=ClientToken-"
                + "82, s3BucketSource=S3BucketSource{s3BucketOwner=S3BucketOwner-83, s3Bucket=S3Bucket-84, s3"
                + "KeyPrefix=S3KeyPrefix-85}, errorCount=1086, cloudWatchLogGroupArn=CloudWatchLogGroupArn-87"
                + ", inputFormat=CSV, inputFormatOptions=InputFormatOptions{csv=CsvOptions{delimiter=Delimite"
                + "r-88, headerList=[HeaderList-89]}}, inputCompressionType=NONE, tableCreationParameters=Tab"
                + "leCreationParameters{tableName=TableName-90, attributeDefinitions=[AttributeName-91:B], ke"
                + "ySchema=[AttributeName-92:RANGE], billingMode=PAY_PER_REQUEST, provisionedThroughput=Provi"
                + "sionedThroughput{read=1093, write=1094}, onDemandThroughput=OnDemandThroughput{maxRead=109"
                + "5, maxWrite=1096}, sseSpecification=SSESpecification{enabled=true, sseType=KMS, kmsMasterK"
                + "eyId=KMSMasterKeyId-97}, globalSecondaryIndexes=[GlobalSecondaryIndex{indexName=IndexName-"
                + "98, keySchema=[AttributeName-99:RANGE], projection=INCLUDE[NonKeyAttributes-100], provisio"
                + "nedThroughput=ProvisionedThroughput{read=1101, write=1102}, onDemandThroughput=OnDemandThr"
                + "oughput{maxRead=1103, maxWrite=1104}, warmThroughput=WarmThroughput{read=1105, write=1106}"
                + "}], vectorIndexes=[VectorIndex{indexName=IndexName-107, vectorAttribute=AttributeName-108,"
                + " searchSchema=[AttributeName-109:INLINE_FILTER], projection=INCLUDE[NonKeyAttributes-110],"
                + " dimensions=1111, distanceFunction=EUCLIDEAN}]}, startTime=2023-11-14T22:15:12.125Z, endTi"
                + "me=2023-11-14T22:15:13.125Z, processedSizeBytes=1114, processedItemCount=1115, importedIte"
                + "mCount=1116, failureCode=FailureCode-117, failureMessage=FailureMessage-118}}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new DescribeImport("arn:i")).toString()).isEqualTo("DescribeImportResponse{}");
    }
}
