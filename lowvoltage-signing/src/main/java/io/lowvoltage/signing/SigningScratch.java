package io.lowvoltage.signing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One thread's digests and buffers for {@link SigV4Signer}: the canonical request, the string to sign and the
 * {@code Authorization} value are built here as UTF-8 bytes, and hashed from here, without intermediate strings.
 * The names, values and hosts of the requests signed are remembered by identity with their canonical bytes, so
 * that the repeated ones cost an array copy. Never shared between threads; a signature does not call out of the
 * signer while it uses the scratch.
 */
final class SigningScratch {
    /** The two lowercase hex digits of every byte value, at twice its unsigned value. */
    private static final byte[] HEX_PAIRS = hexPairs();
    /** Enough for the headers of several operations and connections on one thread. */
    private static final int MEMO_SIZE = 16;

    private final MessageDigest sha256;
    private final Mac hmac;
    /** The key {@link #hmac} is initialised with: a Mac keeps its key after doFinal, so it is reused as is. */
    private SecretKeySpec hmacKey;

    private final IdentityMemo<String, CanonicalName> names = new IdentityMemo<>(MEMO_SIZE, CanonicalName::of);
    private final IdentityMemo<String, byte[]> values = new IdentityMemo<>(MEMO_SIZE,
            value -> SigV4Signer.canonicalValue(value).getBytes(StandardCharsets.UTF_8));
    private final IdentityMemo<URI, byte[]> hosts = new IdentityMemo<>(MEMO_SIZE,
            uri -> SigV4Signer.host(uri).getBytes(StandardCharsets.UTF_8));

    byte[] buffer = new byte[1024];
    int length;
    final byte[] payloadHash = new byte[32];
    final byte[] digest = new byte[32];
    final StringBuilder text = new StringBuilder(256);
    /** The headers of the request being signed, sorted by {@link SigV4Signer}: canonical names and values. */
    CanonicalName[] headerNames = new CanonicalName[8];
    byte[][] headerValues = new byte[8][];
    int headerCount;
    String canonicalText;
    String stringToSignText;

    SigningScratch() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
            hmac = Mac.getInstance(SigV4Signer.HMAC_SHA256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM has no SHA-256 or HmacSHA256, which every Java SE"
                    + " platform must provide", e);
        }
    }

    /** @return the lower-case form of a header name, with its bytes */
    CanonicalName name(String name) {
        return names.get(name);
    }

    /** @return the UTF-8 of a header value, trimmed and with its runs of whitespace collapsed */
    byte[] value(String value) {
        return values.get(value);
    }

    /** @return the UTF-8 of the {@code host} header value of a URI */
    byte[] host(URI uri) {
        return hosts.get(uri);
    }

    void sha256(byte[] data, int length, byte[] out) {
        sha256.update(data, 0, length);
        try {
            sha256.digest(out, 0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 refused a 32-byte output", e);
        }
    }

    void sha256(byte[] data, byte[] out) {
        sha256(data, data.length, out);
    }

    void hmac(SecretKeySpec key, byte[] data, int length, byte[] out) {
        try {
            if (key != hmacKey) {
                hmacKey = null;
                hmac.init(key);
                hmacKey = key;
            }
            hmac.update(data, 0, length);
            hmac.doFinal(out, 0);
        } catch (GeneralSecurityException e) {
            hmacKey = null;
            throw new IllegalStateException("HmacSHA256 rejected a derived key", e);
        }
    }

    /** Makes room for {@code capacity} headers, and returns the names array. */
    CanonicalName[] headerNames(int capacity) {
        if (headerNames.length < capacity) {
            headerNames = new CanonicalName[Math.max(capacity, 2 * headerNames.length)];
            headerValues = new byte[headerNames.length][];
        }
        return headerNames;
    }

    /** @return the buffer's bytes as text: the only copy the {@code Authorization} value needs */
    String bufferText() {
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(length + more, 2 * buffer.length));
        }
    }

    void appendAscii(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
    }

    /** Appends text known to be ASCII, such as a percent-encoded path. */
    void appendAscii(CharSequence ascii) {
        int n = ascii.length();
        ensure(n);
        byte[] b = buffer;
        int at = length;
        for (int i = 0; i < n; i++) {
            b[at++] = (byte) ascii.charAt(i);
        }
        length = at;
    }

    void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    /** Appends the UTF-8 of any text, exactly as {@code String.getBytes(UTF_8)} encodes it. */
    void append(String s) {
        int n = s.length();
        ensure(n);
        byte[] b = buffer;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // Rare (header values are ASCII in practice): encode the rest the JDK's way. The split falls
                // on an ASCII character or before the first of a surrogate pair, so the bytes are the same.
                length = at;
                append(s.substring(i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            b[at++] = (byte) c;
        }
        length = at;
    }

    void appendHex(byte[] bytes) {
        ensure(2 * bytes.length);
        byte[] b = buffer;
        int at = length;
        for (byte value : bytes) {
            int pair = (value & 0xFF) << 1;
            b[at++] = HEX_PAIRS[pair];
            b[at++] = HEX_PAIRS[pair + 1];
        }
        length = at;
    }

    private static byte[] hexPairs() {
        byte[] digits = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] pairs = new byte[512];
        for (int value = 0; value < 256; value++) {
            pairs[2 * value] = digits[value >> 4];
            pairs[2 * value + 1] = digits[value & 0xF];
        }
        return pairs;
    }

    /**
     * A header name as SigV4 signs it: lower case, with its UTF-8 bytes.
     *
     * @param skipped whether the signer supplies this header itself ({@code host}, its own three), so that the
     *                request's copy is not signed
     */
    record CanonicalName(String text, byte[] bytes, boolean skipped) {
        static final CanonicalName HOST = of("host");
        static final CanonicalName DATE = of("x-amz-date");
        static final CanonicalName SECURITY_TOKEN = of("x-amz-security-token");

        static CanonicalName of(String name) {
            String lower = SigV4Signer.lowerCase(name);
            return new CanonicalName(lower, lower.getBytes(StandardCharsets.UTF_8),
                    lower.equals("host") || SigV4Signer.isOwned(lower));
        }
    }
}
