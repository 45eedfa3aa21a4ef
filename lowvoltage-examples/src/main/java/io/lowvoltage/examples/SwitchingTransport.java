package io.lowvoltage.examples;

import io.lowvoltage.Connection;
import io.lowvoltage.actions.ListTables;
import io.lowvoltage.credentials.EnvironmentCredentials;
import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportSettings;
import io.lowvoltage.testing.Dynalite;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The same call served by every transport on the class path, then by the one {@code Connection.builder().build()}
 * discovers. Which HTTP stack serves a connection is a matter of Maven dependencies: this module has the three
 * first-party transports, so discovery picks the highest priority, {@code netty}, unless
 * {@code -Dlowvoltage.transport=jdk|apache|netty} pins one.
 *
 * <p>Runs against real DynamoDB when {@code AWS_ACCESS_KEY_ID} and {@code AWS_REGION} are set (it only lists
 * tables), else against a local dynalite.
 */
public final class SwitchingTransport {
    private SwitchingTransport() {
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        if (ExampleMain.awsConfigured()) {
            run(() -> Connection.builder().credentials(new EnvironmentCredentials()), System.out);
        } else {
            try (Dynalite dynalite = Dynalite.start()) {
                run(dynalite::connectionBuilder, System.out);
            }
        }
    }

    /**
     * The example proper.
     *
     * @param builders makes a builder of connections to the server, with everything but the transport
     * @param out      where to print which transport served each call
     * @return the ids of the transports that served a call, highest priority first, then the one discovered
     */
    public static List<String> run(Supplier<Connection.Builder> builders, PrintStream out) {
        List<String> served = new ArrayList<>();
        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(TransportProvider::priority).reversed())
                .toList();
        for (TransportProvider provider : providers) {
            // A transport passed to the builder stays ours to close, after the connection.
            try (Transport transport = provider.create(TransportSettings.defaults());
                 Connection connection = builders.get().transport(transport).build()) {
                connection.request(new ListTables());
                out.println("ListTables served by " + provider.id() + " (priority " + provider.priority() + "): "
                        + transport);
                served.add(provider.id());
            }
        }
        try (Connection connection = builders.get().build()) {
            connection.request(new ListTables());
            out.println("Connection.builder().build() discovered: " + connection);
            served.add(providers.isEmpty() ? "none" : discovered(connection, providers));
        }
        return served;
    }

    private static String discovered(Connection connection, List<TransportProvider> providers) {
        String description = connection.toString();
        return providers.stream().map(TransportProvider::id)
                .filter(id -> description.contains("transport=" + id + " "))
                .findFirst().orElse("unknown");
    }
}
