package io.lowvoltage.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.DescribeContributorInsights;
import io.lowvoltage.actions.ListStreams;
import io.lowvoltage.exceptions.UnknownOperationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The export, import, Kinesis streaming, contributor insights, resource policy and DynamoDB Streams actions
 * against dynalite, which implements none of them: each request still reaches the server and comes back as the
 * error dynalite answers unknown targets with. Their exact bytes and responses are proven by the unit tests.
 */
@ExtendWith(io.lowvoltage.testing.DynaliteExtension.class)
class FeaturesIT {
    @Test
    void aDynamoDbOperationDynaliteLacksComesBackAsUnknownOperation(Connection connection) {
        assertThatThrownBy(() -> connection.request(new DescribeContributorInsights(Tables.uniqueName("Ci"))))
                .isInstanceOf(UnknownOperationException.class)
                .hasMessageContaining("DescribeContributorInsights");
    }

    @Test
    void aStreamsRequestReachesTheStreamsEndpointAndComesBackAsUnknownOperation(Connection connection) {
        assertThatThrownBy(() -> connection.request(new ListStreams()))
                .isInstanceOf(UnknownOperationException.class)
                .hasMessageContaining("ListStreams");
    }
}
