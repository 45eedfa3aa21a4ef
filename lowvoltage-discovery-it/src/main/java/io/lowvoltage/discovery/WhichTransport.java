package io.lowvoltage.discovery;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.ListTables;
import io.lowvoltage.actions.ListTablesResponse;
import io.lowvoltage.credentials.StaticCredentials;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The program of the swap proof: the same code, unchanged, on every class path. It connects to the endpoint
 * given as its only argument, lists the tables, and prints which transport discovery chose and how many tables
 * it saw:
 * <pre>
 * transport=apache
 * tables=0
 * </pre>
 * It names no transport: only the class path decides, or {@code -Dlowvoltage.transport}.
 */
public final class WhichTransport {
    private static final Pattern TRANSPORT = Pattern.compile("transport=([^ ,}]+)");

    private WhichTransport() {
    }

    /**
     * @param args the endpoint, such as {@code http://127.0.0.1:4567}
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: WhichTransport <endpoint>, such as http://127.0.0.1:4567");
        }
        try (Connection connection = Connection.builder()
                .region("us-east-1")
                .endpoint(args[0])
                .credentials(new StaticCredentials("discovery", "discovery"))
                .build()) {
            ListTablesResponse response = connection.request(new ListTables());
            System.out.println("transport=" + transportId(connection));
            System.out.println("tables=" + response.tableNames().size());
        }
    }

    private static String transportId(Connection connection) {
        Matcher matcher = TRANSPORT.matcher(connection.toString());
        if (!matcher.find()) {
            throw new IllegalStateException("No transport in " + connection);
        }
        return matcher.group(1);
    }
}
