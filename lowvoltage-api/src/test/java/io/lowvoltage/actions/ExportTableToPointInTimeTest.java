package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportTableToPointInTimeTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ExportTableToPointInTime("arn:t", "bucket")
                .exportTime(Instant.ofEpochSecond(1700000000, 123456789))
                .clientToken("token")
                .s3BucketOwner("111122223333")
                .s3Prefix("p/")
                .s3SseAlgorithmKms()
                .s3SseKmsKeyId("key")
                .exportFormatIon()
                .exportTypeIncrementalExport()
                .incrementalExportSpecification(IncrementalExportSpecification.between(Instant.ofEpochSecond(1600000000),
                        Instant.ofEpochSecond(1600000001, 500_000_000)).withExportViewTypeNewImage()));

        assertThat(transport.lastBody()).isEqualTo("{\"TableArn\":\"arn:t\",\"ExportTime\":1700000000.123456789,\"ClientToken\":\"token\",\"S3Bucket\":\"bu"
                + "cket\",\"S3BucketOwner\":\"111122223333\",\"S3Prefix\":\"p/\",\"S3SseAlgorithm\":\"KMS\",\"S3SseKmsKeyId"
                + "\":\"key\",\"ExportFormat\":\"ION\",\"ExportType\":\"INCREMENTAL_EXPORT\",\"IncrementalExportSpecifica"
                + "tion\":{\"ExportFromTime\":1600000000,\"ExportToTime\":1600000001.5,\"ExportViewType\":\"NEW_IMAGE"
                + "\"}}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target",
                "DynamoDB_20120810.ExportTableToPointInTime");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new ExportTableToPointInTime("arn:t", "bucket"));

        assertThat(transport.lastBody()).matches("\\{\"TableArn\":\"arn:t\",\"ClientToken\":\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a"
                + "-f]{12}\",\"S3Bucket\":\"bucket\"\\}");
    }

    @Test
    void aMissingTableArnFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new ExportTableToPointInTime().s3Bucket("b")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("ExportTableToPointInTime needs TableArn, which is not set. Set it with new ExportTableToPo"
                + "intInTime(tableArn, s3Bucket) or .tableArn(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingS3BucketFailsBeforeSending() {
        assertThatThrownBy(() -> connection.request(new ExportTableToPointInTime().tableArn("t")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("ExportTableToPointInTime needs S3Bucket, which is not set. Set it with new ExportTableToPo"
                + "intInTime(tableArn, s3Bucket) or .s3Bucket(...)");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("ExportTableToPointInTime"));

        ExportTableToPointInTimeResponse response = connection.request(new ExportTableToPointInTime("arn:t", "bucket"));

        ExportDescription export = response.exportDescription();
        assertThat(export.exportStatus()).isEqualTo(ExportStatus.FAILED);
        assertThat(export.startTime()).isEqualTo(Instant.parse("2023-11-14T22:13:22.125Z"));
        assertThat(export.billedSizeBytes()).isEqualTo(1015L);
        assertThat(export.incrementalExportSpecification().exportViewType()).isEqualTo(ExportViewType.NEW_AND_OLD_IMAGES);
        assertThat(response.toString()).isEqualTo("ExportTableToPointInTimeResponse{exportDescription=ExportDescription{exportArn=ExportArn-1"
                + ", exportStatus=FAILED, startTime=2023-11-14T22:13:22.125Z, endTime=2023-11-14T22:13:23.125"
                + "Z, exportManifest=ExportManifest-4, tableArn=TableArn-5, tableId=TableId-6, exportTime=202"
                + "3-11-14T22:13:27.125Z, clientToken=ClientToken-8, s3Bucket=S3Bucket-9, s3BucketOwner=S3Buc"
                + "ketOwner-10, s3Prefix=S3Prefix-11, s3SseAlgorithm=KMS, s3SseKmsKeyId=S3SseKmsKeyId-12, fai"
                + "lureCode=FailureCode-13, failureMessage=FailureMessage-14, exportFormat=ION, billedSizeByt"
                + "es=1015, itemCount=1016, exportType=INCREMENTAL_EXPORT, incrementalExportSpecification=Inc"
                + "rementalExportSpecification{from=2023-11-14T22:13:37.125Z, to=2023-11-14T22:13:38.125Z, ex"
                + "portViewType=NEW_AND_OLD_IMAGES}}}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new ExportTableToPointInTime("arn:t",
                "bucket")).toString()).isEqualTo("ExportTableToPointInTimeResponse{}");
    }

    @Test
    void eachRequestCallSendsItsOwnTokenUnlessOneIsSet() {
        transport.ok("{}").ok("{}").ok("{}");
        ExportTableToPointInTime export = new ExportTableToPointInTime("arn:t", "bucket");

        connection.request(export);
        String first = transport.lastBody();
        connection.request(export);
        String second = transport.lastBody();
        connection.request(export.clientToken("mine"));

        assertThat(first).isNotEqualTo(second);
        assertThat(transport.lastBody()).contains("\"ClientToken\":\"mine\"");
    }

    @Test
    void namedConstantsSetTheirEnums() {
        transport.ok("{}");
        connection.request(new ExportTableToPointInTime("t", "b").clientToken("c").s3SseAlgorithmAes256()
                .exportFormatDynamodbJson().exportTypeFullExport());

        assertThat(transport.lastBody()).isEqualTo("{\"TableArn\":\"t\",\"ClientToken\":\"c\",\"S3Bucket\":\"b\","
                + "\"S3SseAlgorithm\":\"AES256\",\"ExportFormat\":\"DYNAMODB_JSON\",\"ExportType\":\"FULL_EXPORT\"}");
    }

    @Test
    void theUnknownConstantIsRefused() {
        assertThatThrownBy(() -> new ExportTableToPointInTime().exportFormat(ExportFormat.UNKNOWN_TO_LOWVOLTAGE))
                .isInstanceOf(BuilderException.class).hasMessageContaining("ExportFormat cannot be UNKNOWN_TO_LOWVOLTAGE");
    }
}
