package io.lowvoltage.compounds;

import io.lowvoltage.actions.ContributorInsightsStatus;
import io.lowvoltage.actions.DescribeContributorInsightsResponse;
import io.lowvoltage.actions.DescribeExportResponse;
import io.lowvoltage.actions.DescribeImportResponse;
import io.lowvoltage.actions.DescribeKinesisStreamingDestinationResponse;
import io.lowvoltage.actions.DescribeTableResponse;
import io.lowvoltage.actions.DestinationStatus;
import io.lowvoltage.actions.KinesisDataStreamDestination;
import io.lowvoltage.actions.TableStatus;
import io.lowvoltage.compounds.Waiter.State;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import java.util.List;

/**
 * The six DynamoDB waiters of {@code waiters-2.json}, named after them. Use them with {@link Waiter#await}, or
 * through the {@code Compounds.waitFor*} functions. Where the definition has no {@code error} acceptor, an error
 * of the describing action fails the wait and is thrown as it is, as in the AWS SDKs.
 */
public final class Waiters {
    /**
     * {@code TableExists}: polls DescribeTable until the table is {@code ACTIVE}; a table not found yet means
     * retry.
     */
    public static final Waiter<DescribeTableResponse> TABLE_EXISTS = Waiter.of("TableExists",
            response -> response.table().tableStatus() == TableStatus.ACTIVE ? State.SUCCESS : State.RETRY,
            error -> error instanceof ResourceNotFoundException ? State.RETRY : State.FAILURE);

    /** {@code TableNotExists}: polls DescribeTable until it answers ResourceNotFoundException. */
    public static final Waiter<DescribeTableResponse> TABLE_NOT_EXISTS = Waiter.of("TableNotExists",
            response -> State.RETRY,
            error -> error instanceof ResourceNotFoundException ? State.SUCCESS : State.FAILURE);

    /**
     * {@code ContributorInsightsEnabled}: polls DescribeContributorInsights until the status is {@code ENABLED};
     * {@code FAILED} fails the wait.
     */
    public static final Waiter<DescribeContributorInsightsResponse> CONTRIBUTOR_INSIGHTS_ENABLED = Waiter.of(
            "ContributorInsightsEnabled",
            response -> switch (nullToUnknown(response.contributorInsightsStatus())) {
                case ENABLED -> State.SUCCESS;
                case FAILED -> State.FAILURE;
                default -> State.RETRY;
            },
            error -> State.FAILURE);

    /** {@code ExportCompleted}: polls DescribeExport until the export is {@code COMPLETED}; {@code FAILED} fails. */
    public static final Waiter<DescribeExportResponse> EXPORT_COMPLETED = Waiter.of("ExportCompleted",
            response -> response.exportDescription() == null || response.exportDescription().exportStatus() == null
                    ? State.RETRY
                    : switch (response.exportDescription().exportStatus()) {
                        case COMPLETED -> State.SUCCESS;
                        case FAILED -> State.FAILURE;
                        default -> State.RETRY;
                    },
            error -> State.FAILURE);

    /**
     * {@code ImportCompleted}: polls DescribeImport until the import is {@code COMPLETED}; {@code FAILED} and
     * {@code CANCELLED} fail. {@code CANCELLING} means retry, as in the definition.
     */
    public static final Waiter<DescribeImportResponse> IMPORT_COMPLETED = Waiter.of("ImportCompleted",
            response -> response.importTableDescription() == null
                    || response.importTableDescription().importStatus() == null
                    ? State.RETRY
                    : switch (response.importTableDescription().importStatus()) {
                        case COMPLETED -> State.SUCCESS;
                        case FAILED, CANCELLED -> State.FAILURE;
                        default -> State.RETRY;
                    },
            error -> State.FAILURE);

    /**
     * {@code KinesisStreamingDestinationActive}: polls DescribeKinesisStreamingDestination until any destination
     * is {@code ACTIVE}. It fails when there are destinations and every one is {@code DISABLED} or
     * {@code ENABLE_FAILED}; with no destination yet, it retries.
     */
    public static final Waiter<DescribeKinesisStreamingDestinationResponse> KINESIS_STREAMING_DESTINATION_ACTIVE =
            Waiter.of("KinesisStreamingDestinationActive", Waiters::kinesisDestinations, error -> State.FAILURE);

    private Waiters() {
    }

    private static State kinesisDestinations(DescribeKinesisStreamingDestinationResponse response) {
        List<KinesisDataStreamDestination> destinations = response.kinesisDataStreamDestinations();
        if (destinations.stream().anyMatch(d -> d.destinationStatus() == DestinationStatus.ACTIVE)) {
            return State.SUCCESS;
        }
        // The definition's failure acceptor: length(...) > 0 && every status is DISABLED or ENABLE_FAILED.
        boolean allOff = !destinations.isEmpty() && destinations.stream().allMatch(d ->
                d.destinationStatus() == DestinationStatus.DISABLED
                        || d.destinationStatus() == DestinationStatus.ENABLE_FAILED);
        return allOff ? State.FAILURE : State.RETRY;
    }

    private static ContributorInsightsStatus nullToUnknown(ContributorInsightsStatus status) {
        return status == null ? ContributorInsightsStatus.UNKNOWN_TO_LOWVOLTAGE : status;
    }
}
