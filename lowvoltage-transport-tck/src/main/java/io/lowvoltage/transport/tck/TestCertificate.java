package io.lowvoltage.transport.tck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code 127.0.0.1} and {@code localhost}, made at test time with the running
 * JDK's {@code keytool} (nothing secret is committed), and the TLS contexts to serve and to trust it.
 *
 * <p>Made once per JVM, on first use; thread-safe. The keystore lives in a temporary directory that is deleted
 * as soon as it is loaded. The equivalent command:
 * <pre>
 * keytool -genkeypair -alias lowvoltage-tck -keyalg EC -groupname secp256r1 -dname CN=127.0.0.1 \
 *     -ext san=ip:127.0.0.1,dns:localhost -validity 2 -storetype PKCS12 -keystore tck.p12 -storepass changeit
 * </pre>
 */
public final class TestCertificate {
    private static final char[] PASSWORD = "lowvoltage-tck".toCharArray();

    private final SSLContext serverContext;
    private final SSLContext clientContext;

    private TestCertificate(KeyStore keyStore) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);

        Certificate certificate = keyStore.getCertificate("lowvoltage-tck");
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            trusted.load(null, null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        trusted.setCertificateEntry("lowvoltage-tck", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), null);
    }

    /**
     * @return the certificate of this JVM, made on the first call
     * @throws IllegalStateException if {@code keytool} failed or took more than 60 seconds
     */
    public static TestCertificate get() {
        return Holder.INSTANCE;
    }

    /** @return a context whose key manager presents this certificate: for the server */
    public SSLContext serverContext() {
        return serverContext;
    }

    /** @return a context that trusts this certificate and nothing else: for the client under test */
    public SSLContext clientContext() {
        return clientContext;
    }

    private static TestCertificate generate() throws IOException, InterruptedException, GeneralSecurityException {
        Path directory = Files.createTempDirectory("lowvoltage-tck");
        try {
            Path keyStore = directory.resolve("tck.p12");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair",
                    "-alias", "lowvoltage-tck", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(keytool + " did not finish within 60 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(keytool + " failed with exit code " + process.exitValue() + ": "
                        + output);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                store.load(in, PASSWORD);
            }
            return new TestCertificate(store);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Lazy, thread-safe, once per JVM: the holder class is initialised on the first {@link #get()}. */
    private static final class Holder {
        static final TestCertificate INSTANCE;

        static {
            try {
                INSTANCE = generate();
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Could not make the test certificate with keytool", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while making the test certificate", e);
            }
        }
    }
}
