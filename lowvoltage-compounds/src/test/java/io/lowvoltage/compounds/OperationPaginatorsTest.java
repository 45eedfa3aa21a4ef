package io.lowvoltage.compounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.BackupSummary;
import io.lowvoltage.actions.ContributorInsightsSummary;
import io.lowvoltage.actions.ExecuteStatement;
import io.lowvoltage.actions.ExportSummary;
import io.lowvoltage.actions.GetRecords;
import io.lowvoltage.actions.GetRecordsResponse;
import io.lowvoltage.actions.GlobalTable;
import io.lowvoltage.actions.ImportSummary;
import io.lowvoltage.actions.Shard;
import io.lowvoltage.actions.StreamSummary;
import io.lowvoltage.actions.StreamsRecord;
import io.lowvoltage.actions.Tag;
import io.lowvoltage.compounds.support.ScriptedTransport;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every paginated operation other than Query, Scan and ListTables (see {@link PaginatorTest}): each is lazy,
 * follows its own continuation member, stops on the last page, and sets its own page size member.
 */
class OperationPaginatorsTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final Connection connection = transport.connection();

    /**
     * Enqueues two pages, then checks: nothing sent before hasNext; the first page's items without a second
     * request; the token in the second request; nothing more after the last page.
     */
    private <T> void assertPaginates(Supplier<Paginator<?, T>> paginator, Function<T, String> name,
            String firstPage, String lastPage, String continuation) {
        transport.ok(firstPage).ok(lastPage);
        Iterator<T> items = paginator.get().iterator();
        assertThat(transport.count()).as("requests before hasNext").isZero();

        assertThat(name.apply(items.next())).isEqualTo("a");
        assertThat(name.apply(items.next())).isEqualTo("b");
        assertThat(transport.count()).as("requests after the first page").isEqualTo(1);
        assertThat(transport.bodies().get(0)).doesNotContain(continuation);

        assertThat(name.apply(items.next())).isEqualTo("c");
        assertThat(transport.count()).isEqualTo(2);
        assertThat(transport.bodies().get(1)).contains(continuation);

        assertThat(items.hasNext()).isFalse();
        assertThatThrownBy(items::next).isInstanceOf(NoSuchElementException.class);
        assertThat(transport.count()).as("requests after the last page").isEqualTo(2);
    }

    /** Checks that pageSize and maxItems write the operation's page size member, capped at its maximum. */
    private void assertLimits(Supplier<Paginator<?, ?>> paginator, String member, int max, String page) {
        transport.handler(body -> page);
        paginator.get().pageSize(max).maxItems(1).stream().count();
        paginator.get().maxItems(max + 1L).stream().count();
        assertThat(transport.bodies().get(transport.count() - 2)).contains("\"" + member + "\":1");
        assertThat(transport.bodies().get(transport.count() - 1)).contains("\"" + member + "\":" + max);
        assertThatThrownBy(() -> paginator.get().pageSize(max + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listBackupsFollowsLastEvaluatedBackupArn() {
        assertPaginates(() -> Compounds.iterateListBackups(connection), BackupSummary::backupArn,
                "{\"BackupSummaries\":[{\"BackupArn\":\"a\"},{\"BackupArn\":\"b\"}],\"LastEvaluatedBackupArn\":\"b\"}",
                "{\"BackupSummaries\":[{\"BackupArn\":\"c\"}]}",
                "\"ExclusiveStartBackupArn\":\"b\"");
        assertLimits(() -> Compounds.iterateListBackups(connection), "Limit", 100,
                "{\"BackupSummaries\":[{\"BackupArn\":\"a\"}]}");
    }

    @Test
    void listTagsOfResourceFollowsNextTokenAndHasNoPageSize() {
        assertPaginates(() -> Compounds.iterateListTagsOfResource(connection, "arn:t"), Tag::key,
                "{\"Tags\":[{\"Key\":\"a\",\"Value\":\"1\"},{\"Key\":\"b\",\"Value\":\"2\"}],\"NextToken\":\"tok\"}",
                "{\"Tags\":[{\"Key\":\"c\",\"Value\":\"3\"}]}",
                "\"NextToken\":\"tok\"");
        assertThat(transport.bodies()).allSatisfy(body -> assertThat(body).contains("\"ResourceArn\":\"arn:t\""));
        assertThatThrownBy(() -> Compounds.iterateListTagsOfResource(connection, "arn:t").pageSize(5))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no page size");
    }

    @Test
    void executeStatementFollowsNextTokenAndKeepsTheStatement() {
        assertPaginates(() -> Compounds.iterateExecuteStatement(connection,
                        new ExecuteStatement("SELECT * FROM \"Tbl\"")), item -> item.getString("n"),
                "{\"Items\":[{\"n\":{\"S\":\"a\"}},{\"n\":{\"S\":\"b\"}}],\"NextToken\":\"tok\"}",
                "{\"Items\":[{\"n\":{\"S\":\"c\"}}]}",
                "\"NextToken\":\"tok\"");
        assertThat(transport.bodies()).allSatisfy(body -> assertThat(body).contains("SELECT * FROM"));
    }

    @Test
    void executeStatementGoesOnPastAnEmptyPageWithAToken() {
        // Limit counts items evaluated: a page with none that match still has a NextToken.
        transport.ok("{\"Items\":[],\"NextToken\":\"t1\"}").ok("{\"Items\":[{\"n\":{\"S\":\"a\"}}]}");
        assertThat(Compounds.iterateExecuteStatement(connection, new ExecuteStatement("SELECT * FROM \"Tbl\""))
                .pageSize(1).stream().map(item -> item.getString("n")).toList()).containsExactly("a");
        assertThat(transport.bodies().get(1)).contains("\"Limit\":1").contains("\"NextToken\":\"t1\"");
    }

    @Test
    void listContributorInsightsFollowsNextToken() {
        assertPaginates(() -> Compounds.iterateListContributorInsights(connection),
                ContributorInsightsSummary::tableName,
                "{\"ContributorInsightsSummaries\":[{\"TableName\":\"a\"},{\"TableName\":\"b\"}],\"NextToken\":\"tok\"}",
                "{\"ContributorInsightsSummaries\":[{\"TableName\":\"c\"}]}",
                "\"NextToken\":\"tok\"");
        assertLimits(() -> Compounds.iterateListContributorInsights(connection), "MaxResults", 100,
                "{\"ContributorInsightsSummaries\":[{\"TableName\":\"a\"}]}");
    }

    @Test
    void listExportsFollowsNextToken() {
        assertPaginates(() -> Compounds.iterateListExports(connection), ExportSummary::exportArn,
                "{\"ExportSummaries\":[{\"ExportArn\":\"a\"},{\"ExportArn\":\"b\"}],\"NextToken\":\"tok\"}",
                "{\"ExportSummaries\":[{\"ExportArn\":\"c\"}]}",
                "\"NextToken\":\"tok\"");
        assertLimits(() -> Compounds.iterateListExports(connection), "MaxResults", 25,
                "{\"ExportSummaries\":[{\"ExportArn\":\"a\"}]}");
    }

    @Test
    void listGlobalTablesFollowsLastEvaluatedGlobalTableName() {
        assertPaginates(() -> Compounds.iterateListGlobalTables(connection), GlobalTable::globalTableName,
                "{\"GlobalTables\":[{\"GlobalTableName\":\"a\"},{\"GlobalTableName\":\"b\"}],"
                        + "\"LastEvaluatedGlobalTableName\":\"b\"}",
                "{\"GlobalTables\":[{\"GlobalTableName\":\"c\"}]}",
                "\"ExclusiveStartGlobalTableName\":\"b\"");
        assertLimits(() -> Compounds.iterateListGlobalTables(connection), "Limit", 100,
                "{\"GlobalTables\":[{\"GlobalTableName\":\"a\"}]}");
    }

    @Test
    void listImportsFollowsNextTokenWithPageSize() {
        assertPaginates(() -> Compounds.iterateListImports(connection), ImportSummary::importArn,
                "{\"ImportSummaryList\":[{\"ImportArn\":\"a\"},{\"ImportArn\":\"b\"}],\"NextToken\":\"tok\"}",
                "{\"ImportSummaryList\":[{\"ImportArn\":\"c\"}]}",
                "\"NextToken\":\"tok\"");
        assertLimits(() -> Compounds.iterateListImports(connection), "PageSize", 25,
                "{\"ImportSummaryList\":[{\"ImportArn\":\"a\"}]}");
    }

    @Test
    void listStreamsFollowsLastEvaluatedStreamArn() {
        assertPaginates(() -> Compounds.iterateListStreams(connection), StreamSummary::streamArn,
                "{\"Streams\":[{\"StreamArn\":\"a\"},{\"StreamArn\":\"b\"}],\"LastEvaluatedStreamArn\":\"b\"}",
                "{\"Streams\":[{\"StreamArn\":\"c\"}]}",
                "\"ExclusiveStartStreamArn\":\"b\"");
        assertThat(transport.requests().get(0).headers().get("X-Amz-Target"))
                .isEqualTo("DynamoDBStreams_20120810.ListStreams");
        assertLimits(() -> Compounds.iterateListStreams(connection), "Limit", 100,
                "{\"Streams\":[{\"StreamArn\":\"a\"}]}");
    }

    @Test
    void describeStreamPagesThroughShardsByLastEvaluatedShardId() {
        assertPaginates(() -> Compounds.iterateDescribeStream(connection, "arn:s"), Shard::shardId,
                "{\"StreamDescription\":{\"StreamArn\":\"arn:s\",\"Shards\":[{\"ShardId\":\"a\"},{\"ShardId\":\"b\"}],"
                        + "\"LastEvaluatedShardId\":\"b\"}}",
                "{\"StreamDescription\":{\"StreamArn\":\"arn:s\",\"Shards\":[{\"ShardId\":\"c\"}]}}",
                "\"ExclusiveStartShardId\":\"b\"");
        assertLimits(() -> Compounds.iterateDescribeStream(connection, "arn:s"), "Limit", 100,
                "{\"StreamDescription\":{\"Shards\":[{\"ShardId\":\"a\"}]}}");
    }

    @Test
    void describeStreamWithoutADescriptionIsOneEmptyPage() {
        transport.ok("{}");
        assertThat(Compounds.iterateDescribeStream(connection, "arn:s").stream()).isEmpty();
        assertThat(transport.count()).isEqualTo(1);
    }

    private static String records(String iterator, String... ids) {
        StringBuilder json = new StringBuilder("{\"Records\":[");
        for (int i = 0; i < ids.length; i++) {
            json.append(i > 0 ? "," : "").append("{\"eventID\":\"").append(ids[i]).append("\"}");
        }
        json.append(']');
        if (iterator != null) {
            json.append(",\"NextShardIterator\":\"").append(iterator).append('"');
        }
        return json.append('}').toString();
    }

    @Test
    void getRecordsFollowsNextShardIteratorUntilAClosedShardEnds() {
        assertPaginates(() -> Compounds.iterateGetRecords(connection, "it0"), StreamsRecord::eventId,
                records("it1", "a", "b"), records(null, "c"), "\"ShardIterator\":\"it1\"");
        assertThat(transport.bodies().get(0)).contains("\"ShardIterator\":\"it0\"");
        assertLimits(() -> Compounds.iterateGetRecords(connection, "it0"), "Limit", 1000, records(null, "a"));
    }

    @Test
    void getRecordsStopsAtTheFirstEmptyPageByDefault() {
        transport.ok(records("it1", "a")).ok(records("it2")).ok(records("it3", "never"));
        List<GetRecordsResponse> pages = Compounds.iterateGetRecords(connection, "it0").pageStream().toList();

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).nextShardIterator()).as("where to resume").isEqualTo("it2");
        assertThat(transport.count()).isEqualTo(2);
    }

    @Test
    void getRecordsOfAnOpenShardGoesOnPastEmptyPagesUntilABound() {
        // An open shard: every page has a next iterator, most are empty. Only maxPages or maxItems end it.
        int[] calls = {0};
        transport.handler(body -> {
            int n = ++calls[0];
            return n % 3 == 0 ? records("it" + n, "r" + n) : records("it" + n);
        });
        List<String> ids = Compounds.iterateGetRecords(connection, new GetRecords("it0"), false).maxPages(7)
                .stream().map(StreamsRecord::eventId).toList();
        assertThat(ids).containsExactly("r3", "r6");
        assertThat(transport.count()).isEqualTo(7);

        List<String> bounded = Compounds.iterateGetRecords(connection, new GetRecords("it0"), false).maxItems(3)
                .stream().map(StreamsRecord::eventId).toList();
        assertThat(bounded).containsExactly("r9", "r12", "r15");
        assertThat(transport.count()).isEqualTo(15);
    }

    @Test
    void maxPagesZeroSendsNothingAndIsSetBeforeIterating() {
        Paginator<GetRecordsResponse, StreamsRecord> records = Compounds.iterateGetRecords(connection, "it0")
                .maxPages(0);
        assertThat(records.stream()).isEmpty();
        assertThat(transport.count()).isZero();
        assertThatThrownBy(() -> records.maxPages(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Compounds.iterateListExports(connection).maxPages(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
