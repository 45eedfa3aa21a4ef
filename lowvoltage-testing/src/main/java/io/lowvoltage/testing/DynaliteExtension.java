package io.lowvoltage.testing;

import io.lowvoltage.Connection;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit Jupiter extension that runs one {@link Dynalite} per test run and hands tests a ready {@link Connection}
 * to it.
 *
 * <pre>{@code
 * @ExtendWith(DynaliteExtension.class)      // or @LocalDynamoDB
 * class OrdersTest {
 *     @Test
 *     void missingTableIsNotFound(Connection connection) {
 *         assertThrows(ResourceNotFoundException.class,
 *                 () -> connection.request(new GetItem("Orders", Map.of("id", "o-1"))));
 *     }
 * }
 * }</pre>
 *
 * <p>It resolves parameters of test methods, lifecycle methods ({@code @BeforeEach}, {@code @BeforeAll}, ...) and
 * constructors:
 * <ul>
 *   <li>{@link Dynalite}: the server, for its {@link Dynalite#endpoint() endpoint} or to build connections
 *       of your own. Do not close it.</li>
 *   <li>{@link Connection}: built by {@link Dynalite#connection()}, once per extension context (a test method, or
 *       the class for {@code @BeforeAll} methods) and shared by the parameters of that context and the contexts
 *       inside it; the extension closes it when that context ends. A {@code Connection} needs a transport and a
 *       signer on the test class path, such as {@code lowvoltage-transport-jdk} and {@code lowvoltage-signing}.</li>
 * </ul>
 *
 * <p>Dynalite starts lazily, when the first parameter is resolved, and at most once per test run (the root
 * {@link ExtensionContext}); JUnit stops it at the end of the run, and a shutdown hook stops it if the JVM exits
 * first. Its data lives as long as it does, so tests that share it should use their own table names. If it cannot
 * start, for example because Node.js is missing, every test asking for it fails with the reason: none is skipped.
 *
 * <p>Thread-safe, so tests may run in parallel. The home directory and timeouts are those of
 * {@link Dynalite#start()}: set the system property {@code lowvoltage.dynalite.home} to move the installation.
 */
public final class DynaliteExtension implements ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(DynaliteExtension.class);

    /** Creates the extension; JUnit calls this. */
    public DynaliteExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Connection.class || type == Dynalite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Dynalite.class) {
            return dynalite(context);
        }
        if (type == Connection.class) {
            return context.getStore(NAMESPACE)
                    .computeIfAbsent(Connection.class, key -> dynalite(context).connection(), Connection.class);
        }
        throw new ParameterResolutionException("DynaliteExtension cannot resolve " + parameter.getParameter());
    }

    // In JUnit 6 the store closes AutoCloseable values when their context ends; the root's at the end of the run.
    private static Dynalite dynalite(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedDynalite.class, key -> new SharedDynalite(), SharedDynalite.class)
                .get();
    }

    /** Starts dynalite once, and remembers a failure so that later tests fail at once instead of retrying. */
    private static final class SharedDynalite implements AutoCloseable {
        private final Dynalite dynalite;
        private final RuntimeException failure;
        private boolean failureReported;

        SharedDynalite() {
            Dynalite started = null;
            RuntimeException failed = null;
            try {
                started = Dynalite.start();
            } catch (RuntimeException e) {
                failed = e;
            }
            this.dynalite = started;
            this.failure = failed;
        }

        synchronized Dynalite get() {
            if (dynalite != null) {
                return dynalite;
            }
            if (!failureReported) {
                failureReported = true;
                throw failure;
            }
            throw new IllegalStateException("dynalite failed to start earlier in this test run: "
                    + failure.getMessage(), failure);
        }

        @Override
        public void close() {
            if (dynalite != null) {
                dynalite.close();
            }
        }
    }
}
