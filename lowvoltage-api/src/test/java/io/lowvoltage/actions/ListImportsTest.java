package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListImportsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesEveryRequestMember() {
        transport.ok("{}");
        connection.request(new ListImports().tableArn("arn:t").pageSize(10).nextToken("n"));

        assertThat(transport.lastBody()).isEqualTo("{\"TableArn\":\"arn:t\",\"PageSize\":10,\"NextToken\":\"n\"}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.ListImports");
    }

    @Test
    void writesTheMinimalRequest() {
        transport.ok("{}");
        connection.request(new ListImports());

        assertThat(transport.lastBody()).isEqualTo("{}");
    }

    @Test
    void readsEveryResponseMemberAndSkipsUnknownOnes() {
        transport.ok(Fixtures.everyMember("ListImports"));

        ListImportsResponse response = connection.request(new ListImports());

        assertThat(response.importSummaryList().get(0).s3BucketSource().s3KeyPrefix()).isEqualTo("S3KeyPrefix-123");
        assertThat(response.importSummaryList().get(0).endTime()).isEqualTo(Instant.parse("2023-11-14T22:15:26.125Z"));
        assertThat(response.toString()).isEqualTo("ListImportsResponse{importSummaryList=[ImportSummary{importArn=ImportArn-119, importStatus"
                + "=FAILED, tableArn=TableArn-120, s3BucketSource=S3BucketSource{s3BucketOwner=S3BucketOwner-"
                + "121, s3Bucket=S3Bucket-122, s3KeyPrefix=S3KeyPrefix-123}, cloudWatchLogGroupArn=CloudWatch"
                + "LogGroupArn-124, inputFormat=CSV, startTime=2023-11-14T22:15:25.125Z, endTime=2023-11-14T2"
                + "2:15:26.125Z}], nextToken=NextToken-127}");
    }

    @Test
    void anEmptyResponseHasNullsAndEmptyLists() {
        transport.ok("{}");

        assertThat(connection.request(new ListImports()).toString()).isEqualTo("ListImportsResponse{}");
    }
}
