package io.lowvoltage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.DescribeTable;
import io.lowvoltage.actions.DescribeTimeToLive;
import io.lowvoltage.actions.ListTagsOfResource;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.Tag;
import io.lowvoltage.actions.TagResource;
import io.lowvoltage.actions.TimeToLiveDescription;
import io.lowvoltage.actions.TimeToLiveStatus;
import io.lowvoltage.actions.TransactWriteItems;
import io.lowvoltage.actions.UntagResource;
import io.lowvoltage.exceptions.UnknownOperationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tags and time to live end to end, and proof that a transaction request reaches the server. dynalite implements
 * DescribeTimeToLive and the tag operations; it lacks transactions, PartiQL, UpdateTimeToLive and SearchVectors,
 * whose exact bytes and response parsing the unit tests cover.
 */
@ExtendWith(io.lowvoltage.testing.DynaliteExtension.class)
class TransactionsAndMoreIT {
    private final Connection connection;
    private final String table;

    TransactionsAndMoreIT(Connection connection) {
        this.connection = connection;
        table = Tables.create(connection, new CreateTable(Tables.uniqueName("More"))
                .hashKey("h", ScalarAttributeType.N)
                .billingModePayPerRequest());
    }

    @Test
    void tagsAreAddedListedAndRemoved() {
        String arn = connection.request(new DescribeTable(table)).table().tableArn();

        connection.request(new TagResource(arn).tag("env", "test").tags(List.of(Tag.of("team", "a"))));
        assertThat(connection.request(new ListTagsOfResource(arn)).tags())
                .containsExactlyInAnyOrder(Tag.of("env", "test"), Tag.of("team", "a"));

        connection.request(new UntagResource(arn).tagKeys("env"));
        assertThat(connection.request(new ListTagsOfResource(arn)).tags()).containsExactly(Tag.of("team", "a"));
        assertThat(connection.request(new ListTagsOfResource(arn)).nextToken()).isNull();
    }

    @Test
    void aNewTableHasTimeToLiveDisabled() {
        TimeToLiveDescription description = connection.request(new DescribeTimeToLive(table)).timeToLiveDescription();

        assertThat(description.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
        assertThat(description.attributeName()).isNull();
    }

    @Test
    void aTransactionReachesTheServerWhichDoesNotKnowIt() {
        assertThatThrownBy(() -> connection.request(new TransactWriteItems()
                .put(table, Map.of("h", 1)).conditionExpression("attribute_not_exists(h)")
                .delete(table, Map.of("h", 2))))
                .isInstanceOf(UnknownOperationException.class);
    }
}
