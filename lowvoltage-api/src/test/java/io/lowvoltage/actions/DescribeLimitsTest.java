package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DescribeLimitsTest {
    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void writesAnEmptyObject() {
        transport.ok("{}");
        connection.request(new DescribeLimits());

        assertThat(transport.lastBody()).isEqualTo("{}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.DescribeLimits");
    }

    /**
     * Reads a response with every member of the API model's output shape, recursively, plus an unknown
     * member, and checks every getter.
     */
    @Test
    void readsEveryResponseMember() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("DescribeLimitsResponse-every-member.json")) {
            transport.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        DescribeLimitsResponse response = connection.request(new DescribeLimits());

        assertThat(response.accountMaxReadCapacityUnits()).isEqualTo(1L);
        assertThat(response.accountMaxWriteCapacityUnits()).isEqualTo(2L);
        assertThat(response.tableMaxReadCapacityUnits()).isEqualTo(3L);
        assertThat(response.tableMaxWriteCapacityUnits()).isEqualTo(4L);
        assertThat(response.toString()).startsWith("DescribeLimitsResponse{");
    }
}
