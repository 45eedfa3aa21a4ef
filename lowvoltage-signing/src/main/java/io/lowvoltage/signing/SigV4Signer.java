package io.lowvoltage.signing;

import io.lowvoltage.credentials.Credentials;
import io.lowvoltage.internal.spi.TrustedRequests;
import io.lowvoltage.signing.SigningScratch.CanonicalName;
import io.lowvoltage.spi.Signer;
import io.lowvoltage.spi.SigningParameters;
import io.lowvoltage.spi.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests with AWS Signature Version 4, the signature in the {@code Authorization} header that DynamoDB
 * and DynamoDB Streams require.
 *
 * <p>Thread-safe: one instance serves a whole {@code Connection}. It caches the derived signing key per
 * (secret, date, region, service) in a small bounded cache, so that signing costs two SHA-256 digests and one
 * HMAC in the common case. It never logs and never puts a secret or a session token in a message.
 *
 * <p>What is signed: {@code host} (from the URI, with the port when it is not the scheme's default),
 * {@code x-amz-date}, {@code x-amz-security-token} when the credentials carry a session token, and every header
 * of the request. The path is encoded a second time on top of its URI encoding, as every service but S3 expects,
 * and normalised (dot segments removed, {@code //} collapsed) unless the signer was made by
 * {@link #createWithoutPathNormalization()}. The payload hash is the SHA-256 of the body.
 *
 * <p>The signer owns {@code Authorization}, {@code X-Amz-Date} and {@code X-Amz-Security-Token}: when the request
 * already has them (a retry of a signed request), they are replaced, or dropped when the new credentials carry no
 * session token.
 */
public final class SigV4Signer implements Signer {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String DATE_HEADER = "X-Amz-Date";
    static final String SECURITY_TOKEN_HEADER = "X-Amz-Security-Token";
    static final String AUTHORIZATION_HEADER = "Authorization";

    private static final String TERMINATOR = "aws4_request";
    static final String HMAC_SHA256 = "HmacSHA256";
    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();
    private static final byte[] ALGORITHM_LINE = ascii(ALGORITHM + '\n');
    private static final byte[] CREDENTIAL_PREFIX = ascii(ALGORITHM + " Credential=");
    private static final byte[] SIGNED_HEADERS_PREFIX = ascii(", SignedHeaders=");
    private static final byte[] SIGNATURE_PREFIX = ascii(", Signature=");
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();
    /** Keys change once a day per region; a few dozen covers every realistic mix of credentials and regions. */
    private static final int KEY_CACHE_LIMIT = 32;

    /** Per thread: the digests (getInstance is slow and neither class is thread-safe) and reused buffers. */
    private static final ThreadLocal<SigningScratch> SCRATCH = ThreadLocal.withInitial(SigningScratch::new);
    /** The date texts of the last second signed at, shared by every thread: most calls reuse them. */
    private static volatile DateText lastDate = new DateText(Long.MIN_VALUE, "", new byte[0], "");

    private final boolean normalizePath;
    private final ConcurrentHashMap<KeyScope, SecretKeySpec> signingKeys = new ConcurrentHashMap<>();
    /** The key used last, checked first: it avoids allocating a map key on almost every call. */
    private volatile CachedKey lastKey;

    private SigV4Signer(boolean normalizePath) {
        this.normalizePath = normalizePath;
    }

    /** @return a signer that normalises paths, as DynamoDB (and every service but S3) expects */
    public static SigV4Signer create() {
        return new SigV4Signer(true);
    }

    /** @return a signer that signs paths as they are, dot segments and {@code //} included (the S3 behaviour) */
    public static SigV4Signer createWithoutPathNormalization() {
        return new SigV4Signer(false);
    }

    /**
     * Signs a request.
     *
     * @param request    the request to sign; it is not modified, and its body is read once
     * @param parameters the credentials, region, service and time to sign with
     * @return a new request: the same headers (less any signature headers it had) followed by {@code X-Amz-Date},
     *     {@code X-Amz-Security-Token} (with a session token) and {@code Authorization}
     * @throws IllegalArgumentException if the URI has no host, or the time is outside years 0 to 9999
     */
    @Override
    public TransportRequest sign(TransportRequest request, SigningParameters parameters) {
        URI uri = request.uri();
        Map<String, String> headers = request.headers();
        SigningScratch scratch = SCRATCH.get();
        byte[] host = scratch.host(uri);
        scratch.sha256(request.body(), scratch.payloadHash);
        Credentials credentials = parameters.credentials();
        String token = credentials.sessionToken().orElse(null);
        DateText when = dateText(parameters.time());
        String authorization = authorization(scratch, request.method(), uri.getRawPath(), uri.getRawQuery(), host,
                headers, null, credentials, token, when, parameters.region(), parameters.service(), false);
        // One copy of the headers, handed to the request as it is: they were checked when the request was made,
        // and the signer adds only its own three.
        Map<String, String> signed = new LinkedHashMap<>(2 * (headers.size() + 3));
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey();
            if (!isOwned(scratch.name(name).text())) {
                signed.put(name, header.getValue());
            }
        }
        signed.put(DATE_HEADER, when.amzDate());
        if (token != null) {
            signed.put(SECURITY_TOKEN_HEADER, token);
        }
        signed.put(AUTHORIZATION_HEADER, authorization);
        return TrustedRequests.create(request.method(), uri, signed, request.body());
    }

    /**
     * Computes a signature from the parts of a request, without a {@link TransportRequest}: the seam the test
     * vectors use, since some carry a raw space in their path or a {@code Content-Length} header. It runs the
     * same code as {@link #sign}, and keeps the intermediate texts.
     *
     * @param rawPath     the path as sent, still URI-encoded; {@code null} or empty for {@code /}
     * @param rawQuery    the query as sent, without {@code ?}; {@code null} for none
     * @param host        the value of the {@code host} header
     * @param headers     the other headers to sign; {@code host} and the signer-owned headers are ignored
     * @param payloadHash the lowercase hex SHA-256 of the body
     */
    SignatureParts signatureParts(String method, String rawPath, String rawQuery, String host,
            Map<String, String> headers, String payloadHash, SigningParameters parameters) {
        Credentials credentials = parameters.credentials();
        String token = credentials.sessionToken().orElse(null);
        DateText when = dateText(parameters.time());
        SigningScratch scratch = SCRATCH.get();
        String authorization = authorization(scratch, method, rawPath, rawQuery, scratch.value(host), headers,
                payloadHash, credentials, token, when, parameters.region(), parameters.service(), true);
        Map<String, String> added = new LinkedHashMap<>(8);
        added.put(DATE_HEADER, when.amzDate());
        if (token != null) {
            added.put(SECURITY_TOKEN_HEADER, token);
        }
        added.put(AUTHORIZATION_HEADER, authorization);
        return new SignatureParts(scratch.canonicalText, scratch.stringToSignText,
                authorization.substring(authorization.length() - 64), added);
    }

    /**
     * Builds the canonical request, the string to sign and the {@code Authorization} value as UTF-8 bytes in the
     * thread's buffer, hashes and signs them from there, and returns the {@code Authorization} value: the only
     * text it allocates.
     *
     * @param host        the canonical {@code host} header value
     * @param payloadHash the lowercase hex SHA-256 of the body, or {@code null} when it is in
     *                    {@code scratch.payloadHash} as bytes
     * @param keepText    whether to keep the canonical request and the string to sign as text, for tests
     */
    private String authorization(SigningScratch scratch, String method, String rawPath, String rawQuery,
            byte[] host, Map<String, String> headers, String payloadHash, Credentials credentials, String token,
            DateText when, String region, String service, boolean keepText) {
        CachedKey key = signingKey(credentials.secretAccessKey(), when.date(), region, service);
        scratch.length = 0;
        appendCanonicalRequest(scratch, method, rawPath, rawQuery, host, headers, when.amzDateBytes(), token);
        if (payloadHash == null) {
            scratch.appendHex(scratch.payloadHash);
        } else {
            scratch.append(payloadHash);
        }
        if (keepText) {
            scratch.canonicalText = scratch.bufferText();
        }
        scratch.sha256(scratch.buffer, scratch.length, scratch.digest);

        scratch.length = 0;
        scratch.append(ALGORITHM_LINE);
        scratch.append(when.amzDateBytes());
        scratch.appendAscii('\n');
        scratch.append(key.scope());
        scratch.appendAscii('\n');
        scratch.appendHex(scratch.digest);
        if (keepText) {
            scratch.stringToSignText = scratch.bufferText();
        }
        scratch.hmac(key.key(), scratch.buffer, scratch.length, scratch.digest);

        scratch.length = 0;
        scratch.append(CREDENTIAL_PREFIX);
        scratch.append(credentials.accessKeyId());
        scratch.appendAscii('/');
        scratch.append(key.scope());
        scratch.append(SIGNED_HEADERS_PREFIX);
        appendSignedHeaders(scratch);
        scratch.append(SIGNATURE_PREFIX);
        scratch.appendHex(scratch.digest);
        return scratch.bufferText();
    }

    /** The canonical request with a fixed date and token, for tests. */
    String canonicalRequest(String method, String rawPath, String rawQuery, String host, Map<String, String> headers,
            String amzDate, String sessionToken, String payloadHash) {
        SigningScratch scratch = SCRATCH.get();
        scratch.length = 0;
        appendCanonicalRequest(scratch, method, rawPath, rawQuery, scratch.value(host), headers,
                amzDate.getBytes(StandardCharsets.UTF_8), sessionToken);
        scratch.append(payloadHash);
        return scratch.bufferText();
    }

    static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return ALGORITHM + '\n' + amzDate + '\n' + scope + '\n'
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Appends the canonical request up to its payload hash, and leaves the sorted headers in the scratch for the
     * signed-headers list.
     */
    private void appendCanonicalRequest(SigningScratch out, String method, String rawPath, String rawQuery,
            byte[] host, Map<String, String> headers, byte[] amzDate, String token) {
        out.append(method);
        out.appendAscii('\n');
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            out.appendAscii('/');
        } else {
            StringBuilder path = out.text;
            path.setLength(0);
            appendCanonicalUri(path, rawPath);
            out.appendAscii(path);
        }
        out.appendAscii('\n');
        if (rawQuery != null && !rawQuery.isEmpty()) {
            StringBuilder query = out.text;
            query.setLength(0);
            appendCanonicalQuery(query, rawQuery);
            out.appendAscii(query);
        }
        out.appendAscii('\n');

        CanonicalName[] names = out.headerNames(headers.size() + 3);
        byte[][] values = out.headerValues;
        int count = 0;
        names[count] = CanonicalName.HOST;
        values[count++] = host;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            CanonicalName name = out.name(header.getKey());
            if (!name.skipped()) {
                names[count] = name;
                values[count++] = out.value(header.getValue());
            }
        }
        names[count] = CanonicalName.DATE;
        values[count++] = amzDate;
        if (token != null) {
            names[count] = CanonicalName.SECURITY_TOKEN;
            values[count++] = out.value(token);
        }
        // Insertion sort: a handful of headers, and stable, so repeated names keep their order when joined.
        for (int i = 1; i < count; i++) {
            CanonicalName name = names[i];
            byte[] value = values[i];
            int j = i - 1;
            while (j >= 0 && names[j].text().compareTo(name.text()) > 0) {
                names[j + 1] = names[j];
                values[j + 1] = values[j];
                j--;
            }
            names[j + 1] = name;
            values[j + 1] = value;
        }
        out.headerCount = count;

        for (int i = 0; i < count; i++) {
            if (i > 0 && names[i].text().equals(names[i - 1].text())) {
                // A name given twice (in different cases) is one header whose values are joined, as on the wire.
                out.length--;
                out.appendAscii(',');
            } else {
                out.append(names[i].bytes());
                out.appendAscii(':');
            }
            out.append(values[i]);
            out.appendAscii('\n');
        }
        out.appendAscii('\n');
        appendSignedHeaders(out);
        out.appendAscii('\n');
    }

    /** Appends the signed-headers list from the names {@link #appendCanonicalRequest} left in the scratch. */
    private static void appendSignedHeaders(SigningScratch out) {
        CanonicalName[] names = out.headerNames;
        for (int i = 0; i < out.headerCount; i++) {
            if (i > 0 && names[i].text().equals(names[i - 1].text())) {
                continue;
            }
            if (i > 0) {
                out.appendAscii(';');
            }
            out.append(names[i].bytes());
        }
    }

    private void appendCanonicalUri(StringBuilder out, String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            out.append('/');
            return;
        }
        String path = normalizePath ? removeDotSegments(rawPath) : rawPath;
        if (path.charAt(0) != '/') {
            out.append('/');
        }
        // The raw path is already URI-encoded once; encoding it again (so % becomes %25) is what SigV4 wants
        // for every service but S3.
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' || isUnreserved(c)) {
                out.append(c);
            } else {
                i = appendEncodedChar(out, path, i);
            }
        }
    }

    /** RFC 3986 section 5.2.4, plus collapsing empty segments; a trailing slash is kept. */
    static String removeDotSegments(String path) {
        if (path.indexOf("/.") < 0 && path.indexOf("//") < 0) {
            return path;
        }
        List<String> segments = new ArrayList<>();
        boolean trailingSlash = false;
        int start = path.charAt(0) == '/' ? 1 : 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            String segment = path.substring(start, end);
            boolean last = end == path.length();
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                trailingSlash = last;
            } else if (segment.isEmpty() || segment.equals(".")) {
                trailingSlash = last;
            } else {
                segments.add(segment);
                trailingSlash = false;
            }
            start = end + 1;
        }
        if (segments.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder(path.length());
        for (String segment : segments) {
            out.append('/').append(segment);
        }
        if (trailingSlash) {
            out.append('/');
        }
        return out.toString();
    }

    private static void appendCanonicalQuery(StringBuilder out, String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        List<String[]> parameters = new ArrayList<>();
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = rawQuery.length();
            }
            if (end > start) {
                int equals = rawQuery.indexOf('=', start);
                if (equals < 0 || equals > end) {
                    parameters.add(new String[] {encodeQueryComponent(rawQuery, start, end), ""});
                } else {
                    parameters.add(new String[] {encodeQueryComponent(rawQuery, start, equals),
                            encodeQueryComponent(rawQuery, equals + 1, end)});
                }
            }
            start = end + 1;
        }
        parameters.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                out.append('&');
            }
            out.append(parameters.get(i)[0]).append('=').append(parameters.get(i)[1]);
        }
    }

    /**
     * Decodes then re-encodes one query name or value in a single pass, so that {@code %e1}, {@code %E1} and a raw
     * character all give the same canonical form. A {@code +} means a space, as the AWS SDKs decode it.
     */
    private static String encodeQueryComponent(String raw, int start, int end) {
        StringBuilder out = new StringBuilder(end - start + 8);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (isUnreserved(c)) {
                out.append(c);
            } else if (c == '%' && isHexPair(raw, i + 1, end)) {
                int b = Character.digit(raw.charAt(i + 1), 16) << 4 | Character.digit(raw.charAt(i + 2), 16);
                if (isUnreserved((char) b)) {
                    out.append((char) b);
                } else {
                    appendPercent(out, b);
                }
                i += 2;
            } else if (c == '+') {
                out.append("%20");
            } else {
                i = appendEncodedChar(out, raw, i);
            }
        }
        return out.toString();
    }

    private static boolean isHexPair(String s, int index, int end) {
        return index + 1 < end && Character.digit(s.charAt(index), 16) >= 0
                && Character.digit(s.charAt(index + 1), 16) >= 0;
    }

    /** Appends the UTF-8 of the code point at {@code i}, percent-encoded; returns the index of its last char. */
    private static int appendEncodedChar(StringBuilder out, String s, int i) {
        int cp = s.codePointAt(i);
        if (cp < 0x80) {
            appendPercent(out, cp);
        } else if (cp < 0x800) {
            appendPercent(out, 0xC0 | cp >> 6);
            appendPercent(out, 0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            if (Character.isSurrogate((char) cp)) {
                // An unpaired surrogate has no UTF-8 form; String.getBytes sends '?' for it, so sign that.
                appendPercent(out, '?');
            } else {
                appendPercent(out, 0xE0 | cp >> 12);
                appendPercent(out, 0x80 | cp >> 6 & 0x3F);
                appendPercent(out, 0x80 | cp & 0x3F);
            }
        } else {
            appendPercent(out, 0xF0 | cp >> 18);
            appendPercent(out, 0x80 | cp >> 12 & 0x3F);
            appendPercent(out, 0x80 | cp >> 6 & 0x3F);
            appendPercent(out, 0x80 | cp & 0x3F);
            return i + 1;
        }
        return i;
    }

    private static void appendPercent(StringBuilder out, int b) {
        out.append('%').append(UPPER_HEX[b >> 4 & 0xF]).append(UPPER_HEX[b & 0xF]);
    }

    private static boolean isUnreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** Trims and collapses each run of whitespace to one space; returns the value itself when it is already so. */
    static String canonicalValue(String value) {
        int length = value.length();
        boolean clean = length == 0 || !isWhitespace(value.charAt(0)) && !isWhitespace(value.charAt(length - 1));
        for (int i = 0; clean && i < length; i++) {
            char c = value.charAt(i);
            if (isWhitespace(c) && (c != ' ' || isWhitespace(value.charAt(i + 1)))) {
                clean = false;
            }
        }
        if (clean) {
            return value;
        }
        StringBuilder out = new StringBuilder(length);
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /** ASCII lower case without allocating when the name already is (header names are ASCII tokens). */
    static String lowerCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = name.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] += 'a' - 'A';
                    }
                }
                return new String(chars);
            }
        }
        return name;
    }

    static boolean isOwned(String lowerCaseName) {
        return lowerCaseName.equals("authorization") || lowerCaseName.equals("x-amz-date")
                || lowerCaseName.equals("x-amz-security-token");
    }

    static String host(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("Cannot sign a request to " + uri + ": the URI has no host");
        }
        int port = uri.getPort();
        if (port < 0 || port == 443 && "https".equalsIgnoreCase(uri.getScheme())
                || port == 80 && "http".equalsIgnoreCase(uri.getScheme())) {
            return host;
        }
        return host + ':' + port;
    }

    /** Formats yyyyMMdd'T'HHmmss'Z' by hand: DateTimeFormatter costs more than the rest of the header work. */
    static String amzDate(Instant time) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("Cannot sign at " + time + ": SigV4 dates have four-digit years");
        }
        char[] c = new char[16];
        put(c, 0, year / 100);
        put(c, 2, year % 100);
        put(c, 4, t.getMonthValue());
        put(c, 6, t.getDayOfMonth());
        c[8] = 'T';
        put(c, 9, t.getHour());
        put(c, 11, t.getMinute());
        put(c, 13, t.getSecond());
        c[15] = 'Z';
        return new String(c);
    }

    private static void put(char[] chars, int at, int twoDigits) {
        chars[at] = (char) ('0' + twoDigits / 10);
        chars[at + 1] = (char) ('0' + twoDigits % 10);
    }

    /** @return the date texts of this second, computed once per second for all threads */
    static DateText dateText(Instant time) {
        DateText last = lastDate;
        long second = time.getEpochSecond();
        if (last.epochSecond() == second) {
            return last;
        }
        String amzDate = amzDate(time);
        DateText now = new DateText(second, amzDate, ascii(amzDate), amzDate.substring(0, 8));
        lastDate = now;
        return now;
    }

    private CachedKey signingKey(String secret, String date, String region, String service) {
        CachedKey last = lastKey;
        if (last != null && last.date().equals(date) && last.region().equals(region)
                && last.service().equals(service) && last.secret().equals(secret)) {
            return last;
        }
        KeyScope scope = new KeyScope(secret, date, region, service);
        SecretKeySpec key = signingKeys.get(scope);
        if (key == null) {
            key = deriveSigningKey(secret, date, region, service);
            if (signingKeys.size() >= KEY_CACHE_LIMIT) {
                // Crude but bounded: a mix wider than the limit only costs re-deriving keys.
                signingKeys.clear();
            }
            signingKeys.put(scope, key);
        }
        CachedKey cached = new CachedKey(secret, date, region, service, key,
                (date + '/' + region + '/' + service + '/' + TERMINATOR).getBytes(StandardCharsets.UTF_8));
        lastKey = cached;
        return cached;
    }

    static SecretKeySpec deriveSigningKey(String secret, String date, String region, String service) {
        byte[] key = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
        key = hmac(new SecretKeySpec(key, HMAC_SHA256), date.getBytes(StandardCharsets.UTF_8));
        key = hmac(new SecretKeySpec(key, HMAC_SHA256), region.getBytes(StandardCharsets.UTF_8));
        key = hmac(new SecretKeySpec(key, HMAC_SHA256), service.getBytes(StandardCharsets.UTF_8));
        key = hmac(new SecretKeySpec(key, HMAC_SHA256), TERMINATOR.getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(key, HMAC_SHA256);
    }

    /** The number of signing keys cached now, for tests. */
    int cachedKeyCount() {
        return signingKeys.size();
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        byte[] out = new byte[32];
        SCRATCH.get().hmac(key, data, data.length, out);
        return out;
    }

    private static byte[] sha256(byte[] data) {
        byte[] out = new byte[32];
        SCRATCH.get().sha256(data, data.length, out);
        return out;
    }

    /** @return the lowercase hex SHA-256 of {@code data}, the SigV4 payload hash */
    static String hexSha256(byte[] data) {
        return hex(sha256(data));
    }

    private static String hex(byte[] bytes) {
        char[] chars = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            chars[2 * i] = LOWER_HEX[bytes[i] >> 4 & 0xF];
            chars[2 * i + 1] = LOWER_HEX[bytes[i] & 0xF];
        }
        return new String(chars);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "SigV4Signer{normalizePath=" + normalizePath + "}";
    }

    /** What one signature computed, step by step; its {@code toString} leaves out the headers (a token may be there). */
    record SignatureParts(String canonicalRequest, String stringToSign, String signature, Map<String, String> headers) {
        @Override
        public String toString() {
            return "SignatureParts{signature=" + signature + "}";
        }
    }

    /**
     * A signing-key cache key; its {@code toString} never shows the secret. {@code equals} and {@code hashCode} are
     * written out: a record's own bootstrap through invokedynamic on first use, some milliseconds of a cold start.
     */
    private record KeyScope(String secret, String date, String region, String service) {
        @Override
        public boolean equals(Object other) {
            return other instanceof KeyScope scope && secret.equals(scope.secret) && date.equals(scope.date)
                    && region.equals(scope.region) && service.equals(scope.service);
        }

        @Override
        public int hashCode() {
            return ((secret.hashCode() * 31 + date.hashCode()) * 31 + region.hashCode()) * 31 + service.hashCode();
        }

        @Override
        public String toString() {
            return "KeyScope{date=" + date + ", region=" + region + ", service=" + service + "}";
        }
    }

    /** The key used last, with the UTF-8 of its scope ({@code date/region/service/aws4_request}). */
    private record CachedKey(String secret, String date, String region, String service, SecretKeySpec key,
            byte[] scope) {
        @Override
        public String toString() {
            return "CachedKey{date=" + date + ", region=" + region + ", service=" + service + "}";
        }
    }

    /**
     * One second's {@code X-Amz-Date} text (and its bytes) and its {@code yyyyMMdd} date: never modified after it
     * is made, so safe to share between threads.
     */
    record DateText(long epochSecond, String amzDate, byte[] amzDateBytes, String date) {
    }
}
