package io.lowvoltage.benchmarks.coldstart;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;

/**
 * Writes the private key of a PKCS12 key store as a PKCS#8 PEM file: {@code cold-start.sh} makes dynalite's
 * certificate with {@code keytool}, which cannot export a key, and node wants PEM. Arguments: key store, password,
 * alias, output file.
 */
public final class PrivateKeyPem {
    private PrivateKeyPem() {
    }

    public static void main(String[] args) throws Exception {
        char[] password = args[1].toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(args[0])) {
            store.load(in, password);
        }
        Key key = store.getKey(args[2], password);
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
        Files.writeString(Path.of(args[3]),
                "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
    }
}
