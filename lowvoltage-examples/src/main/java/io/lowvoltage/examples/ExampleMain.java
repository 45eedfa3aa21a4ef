package io.lowvoltage.examples;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.DeleteTable;
import io.lowvoltage.credentials.EnvironmentCredentials;
import io.lowvoltage.testing.Dynalite;
import java.io.PrintStream;
import java.util.UUID;

/**
 * What the examples' {@code main} methods share: real DynamoDB when {@code AWS_ACCESS_KEY_ID} and
 * {@code AWS_REGION} (or {@code AWS_DEFAULT_REGION}) are set, in a table of the example's own that is deleted at
 * the end; otherwise a local dynalite, started for the run.
 */
final class ExampleMain {
    /** The body of an example: what its test runs too. */
    @FunctionalInterface
    interface Body {
        void run(Connection connection, String table, PrintStream out) throws Exception;
    }

    private ExampleMain() {
    }

    static boolean awsConfigured() {
        return System.getenv("AWS_ACCESS_KEY_ID") != null
                && (System.getenv("AWS_REGION") != null || System.getenv("AWS_DEFAULT_REGION") != null);
    }

    static void run(String name, Body body) throws Exception {
        if (awsConfigured()) {
            try (Connection connection = Connection.builder().credentials(new EnvironmentCredentials()).build()) {
                String table = "LowVoltage" + name + "-" + UUID.randomUUID();
                System.out.println("Using " + connection);
                try {
                    body.run(connection, table, System.out);
                } finally {
                    connection.request(new DeleteTable(table));
                }
            }
        } else {
            try (Dynalite dynalite = Dynalite.start(); Connection connection = dynalite.connection()) {
                System.out.println("No AWS_ACCESS_KEY_ID and AWS_REGION: using a local dynalite at "
                        + dynalite.endpoint());
                body.run(connection, name, System.out);
            }
        }
    }
}
