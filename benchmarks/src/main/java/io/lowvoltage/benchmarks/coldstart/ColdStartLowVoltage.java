package io.lowvoltage.benchmarks.coldstart;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.credentials.StaticCredentials;
import java.util.Map;

/**
 * Cold start: a whole process that builds a connection (transport and signer found on the class path) and does
 * one GetItem. {@code cold-start.sh} runs it on each transport's class path. {@code --create-table} creates the
 * table first, once.
 */
public final class ColdStartLowVoltage {
    private ColdStartLowVoltage() {
    }

    public static void main(String[] args) {
        String endpoint = args[0];
        try (Connection connection = Connection.builder()
                .region("us-east-1")
                .endpoint(endpoint)
                .credentials(new StaticCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
                .build()) {
            if (args.length > 1 && args[1].equals("--create-table")) {
                connection.request(new CreateTable(ColdStartFloor.TABLE).hashKey("id", ScalarAttributeType.S)
                        .provisionedThroughput(5, 5));
                return;
            }
            System.out.println(connection.request(new GetItem(ColdStartFloor.TABLE, Map.of("id", "user-0001"))));
        }
    }
}
