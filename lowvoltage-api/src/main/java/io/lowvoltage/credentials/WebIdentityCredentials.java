package io.lowvoltage.credentials;

import io.lowvoltage.exceptions.CredentialsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Temporary credentials of the role {@code AWS_ROLE_ARN}, assumed with the OIDC token in the file
 * {@code AWS_WEB_IDENTITY_TOKEN_FILE} through STS {@code AssumeRoleWithWebIdentity}: EKS IAM roles for service
 * accounts, and other OIDC federation. The session name is {@code AWS_ROLE_SESSION_NAME}, else a generated one.
 *
 * <p>The call is unsigned (the token is the proof) and goes to the regional STS endpoint
 * {@code https://sts.<region>.amazonaws.com/} of {@code AWS_REGION} or {@code AWS_DEFAULT_REGION}, or to
 * {@code https://sts.amazonaws.com/} when neither is set.
 *
 * <p>Thread-safe. The token file is read again at every refresh, since it rotates. Credentials are fetched at
 * the first call and refreshed ahead of their expiry, by one thread while the others keep using the current
 * ones.
 */
public final class WebIdentityCredentials implements CredentialsProvider {
    private final Function<String, String> environment;
    private final URI stsEndpoint;
    private final RefreshingCredentials refreshing;

    /** Reads the process environment. */
    public WebIdentityCredentials() {
        this(System::getenv, null, Clock.systemUTC());
    }

    /**
     * @param environment the variables
     * @param stsEndpoint the STS endpoint, or {@code null} for the regional one
     * @param clock       the clock that tells when to refresh
     */
    WebIdentityCredentials(Function<String, String> environment, URI stsEndpoint, Clock clock) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.stsEndpoint = stsEndpoint;
        this.refreshing = new RefreshingCredentials("STS AssumeRoleWithWebIdentity", this::fetch, clock);
    }

    @Override
    public Credentials credentials() {
        return refreshing.get();
    }

    private RefreshingCredentials.Expiring fetch() {
        String tokenFile = variable("AWS_WEB_IDENTITY_TOKEN_FILE");
        String roleArn = variable("AWS_ROLE_ARN");
        if (tokenFile == null && roleArn == null) {
            throw new NoCredentialsHereException("No web identity: AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not set");
        }
        if (tokenFile == null || roleArn == null) {
            throw new CredentialsException((tokenFile == null ? "AWS_ROLE_ARN is set but AWS_WEB_IDENTITY_TOKEN_FILE"
                    : "AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN") + " is not: set both to assume a role"
                    + " with a web identity token, or neither");
        }
        String token;
        try {
            token = Files.readString(Path.of(tokenFile), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            throw new CredentialsException("Could not read the web identity token file " + tokenFile
                    + " (AWS_WEB_IDENTITY_TOKEN_FILE): " + e.getClass().getSimpleName(), e);
        }
        String sessionName = variable("AWS_ROLE_SESSION_NAME");
        if (sessionName == null) {
            sessionName = "lowvoltage-" + System.currentTimeMillis();
        }
        URI endpoint = stsEndpoint != null ? stsEndpoint : regionalEndpoint();
        String form = "Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
                + "&RoleArn=" + encode(roleArn)
                + "&RoleSessionName=" + encode(sessionName)
                + "&WebIdentityToken=" + encode(token);
        HttpResponse<byte[]> response;
        try {
            response = CredentialsHttp.send(CredentialsHttp.request(endpoint, CredentialsHttp.REMOTE_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                    .header("Accept", "text/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(), true);
        } catch (IOException e) {
            throw new CredentialsException("Could not call STS AssumeRoleWithWebIdentity at " + endpoint + ": " + e, e);
        }
        Document xml = parse(response.body(), response.statusCode());
        if (response.statusCode() != 200) {
            throw new CredentialsException("STS AssumeRoleWithWebIdentity for " + roleArn + " failed with HTTP "
                    + response.statusCode() + (xml == null ? "" : " " + text(xml, "Code") + ": " + text(xml, "Message"))
                    + ". Check the role's trust policy and the token file");
        }
        if (xml == null) {
            throw new CredentialsException("STS AssumeRoleWithWebIdentity answered with a body that is not XML");
        }
        String accessKeyId = text(xml, "AccessKeyId");
        String secretAccessKey = text(xml, "SecretAccessKey");
        String sessionToken = text(xml, "SessionToken");
        String expiration = text(xml, "Expiration");
        if (accessKeyId.isEmpty() || secretAccessKey.isEmpty() || sessionToken.isEmpty()) {
            throw new CredentialsException("STS AssumeRoleWithWebIdentity answered without complete credentials");
        }
        return new RefreshingCredentials.Expiring(Credentials.of(accessKeyId, secretAccessKey, sessionToken),
                expiration.isEmpty() ? null : CredentialsHttp.instant(expiration, "STS"));
    }

    private URI regionalEndpoint() {
        String region = variable("AWS_REGION");
        if (region == null) {
            region = variable("AWS_DEFAULT_REGION");
        }
        if (region == null) {
            return URI.create("https://sts.amazonaws.com/");
        }
        return URI.create("https://sts." + region + (region.startsWith("cn-") ? ".amazonaws.com.cn/" : ".amazonaws.com/"));
    }

    /** @return the document, or {@code null} when the body is not XML */
    private static Document parse(byte[] body, int status) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // STS never sends a DTD: refusing them rules out external entity tricks.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder.parse(new ByteArrayInputStream(body));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser refuses secure processing", e);
        } catch (SAXException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static String text(Document xml, String localName) {
        NodeList nodes = xml.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String variable(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "WebIdentityCredentials{" + refreshing + "}";
    }
}
