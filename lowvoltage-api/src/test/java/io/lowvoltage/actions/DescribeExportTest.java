package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import org.junit.jupiter.api.Test;

class DescribeExportTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new DescribeExport("arn:e"));

        assertThat(transport.lastBody()).isEqualTo("{\"ExportArn\":\"arn:e\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.DescribeExport");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new DescribeExport("arn:e"));

        assertThat(transport.lastBody()).isEqualTo("{\"ExportArn\":\"arn:e\"}");
    }

    @Test
    void aMissingExportArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new DescribeExport()))
                .isInstanceOf(BuilderException.class)
                .hasMessage("DescribeExport needs ExportArn, which is not set. Set it with new DescribeExport(exportArn"
                + ") or .exportArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("DescribeExport"));

        DescribeExportResponse response = connection.request(new DescribeExport("arn:e"));

        assertThat(response.exportDescription().exportArn()).isEqualTo("ExportArn-19");
        assertThat(response.toString()).isEqualTo("DescribeExportResponse{exportDescription=ExportDescription{exportArn=ExportArn-19, exportS"
                + "tatus=FAILED, startTime=2023-11-14T22:13:40.125Z, endTime=2023-11-14T22:13:41.125Z, export"
                + "Manifest=ExportManifest-22, tableArn=TableArn-23, tableId=TableId-24, exportTime=2023-11-1"
                + "4T22:13:45.125Z, clientToken=ClientToken-26, s3Bucket=S3Bucket-27, s3BucketOwner=S3BucketO"
                + "wner-28, s3Prefix=S3Prefix-29, s3SseAlgorithm=KMS, s3SseKmsKeyId=S3SseKmsKeyId-30, failure"
                + "Code=FailureCode-31, failureMessage=FailureMessage-32, exportFormat=ION, billedSizeBytes=1"
                + "033, itemCount=1034, exportType=INCREMENTAL_EXPORT, incrementalExportSpecification=Increme"
                + "ntalExportSpecification{from=2023-11-14T22:13:55.125Z, to=2023-11-14T22:13:56.125Z, export"
                + "ViewType=NEW_AND_OLD_IMAGES}}}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new DescribeExport("arn:e")).toString()).isEqualTo("DescribeExportResponse{}");
    }
}
