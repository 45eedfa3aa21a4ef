package io.lowvoltage.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.CreateBackup;
import io.lowvoltage.actions.DescribeGlobalTable;
import io.lowvoltage.actions.DescribeLimits;
import io.lowvoltage.exceptions.UnknownOperationException;
import io.lowvoltage.testing.DynaliteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dynalite implements none of the backup, global table and account operations: these show that the requests
 * reach it, signed and well-formed, and that its answer maps to {@link UnknownOperationException}. The unit
 * tests prove the request bytes and the parsing of full responses.
 */
@ExtendWith(DynaliteExtension.class)
class BackupsIT {
    private final Connection connection;

    BackupsIT(Connection connection) {
        this.connection = connection;
    }

    @Test
    void createBackupReachesDynaliteWhichDoesNotKnowIt() {
        assertThatThrownBy(() -> connection.request(new CreateBackup("Tbl", "b")))
                .isInstanceOf(UnknownOperationException.class);
    }

    @Test
    void describeGlobalTableReachesDynaliteWhichDoesNotKnowIt() {
        assertThatThrownBy(() -> connection.request(new DescribeGlobalTable("Tbl")))
                .isInstanceOf(UnknownOperationException.class);
    }

    @Test
    void describeLimitsReachesDynaliteWhichDoesNotKnowIt() {
        assertThatThrownBy(() -> connection.request(new DescribeLimits()))
                .isInstanceOf(UnknownOperationException.class);
    }
}
