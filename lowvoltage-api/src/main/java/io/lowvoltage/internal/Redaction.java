package io.lowvoltage.internal;

import io.lowvoltage.credentials.Credentials;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes secrets from what LowVoltage logs: signatures, session tokens and secret keys never reach a log.
 *
 * <p>Header values are redacted by name ({@code Authorization} keeps its credential scope and signed header
 * names but loses its signature); any text is also scrubbed of the literal secret key and session token of the
 * credentials that signed the request, wherever they appear.
 */
public final class Redaction {
    /** What stands in for a removed secret. */
    public static final String REDACTED = "<redacted>";

    private static final Set<String> SECRET_HEADERS = Set.of(
            "x-amz-security-token", "proxy-authorization", "cookie", "set-cookie");
    private static final Pattern SIGNATURE = Pattern.compile("(Signature=)[^,\\s]*");

    private Redaction() {
    }

    /**
     * @param name  a header name, in any case
     * @param value its value
     * @return the value to log: whole for ordinary headers, without its signature for {@code Authorization},
     *     {@link #REDACTED} for tokens and cookies
     */
    public static String header(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SECRET_HEADERS.contains(lower)) {
            return REDACTED;
        }
        if (lower.equals("authorization")) {
            return value.contains("Signature=") ? SIGNATURE.matcher(value).replaceAll("$1" + REDACTED) : REDACTED;
        }
        return value;
    }

    /**
     * @param headers headers to log
     * @param out     where to append them, one {@code name: value} line each
     */
    public static void headers(Map<String, String> headers, StringBuilder out) {
        headers.forEach((name, value) -> out.append('\n').append(name).append(": ").append(header(name, value)));
    }

    /**
     * @param text        text to log
     * @param credentials the credentials in use, or {@code null}
     * @return the text with every occurrence of their secret key and session token replaced by {@link #REDACTED}
     */
    public static String text(String text, Credentials credentials) {
        if (credentials == null) {
            return text;
        }
        String result = text.replace(credentials.secretAccessKey(), REDACTED);
        return credentials.sessionToken().map(token -> result.replace(token, REDACTED)).orElse(result);
    }
}
