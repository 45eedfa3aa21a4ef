package io.lowvoltage.credentials;

import io.lowvoltage.exceptions.CredentialsException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;

/**
 * Looks for credentials where the AWS SDK for Java 2.x does, in its order, and keeps using the first source
 * that has some:
 *
 * <ol>
 *   <li>{@link SystemPropertiesCredentials}: {@code -Daws.accessKeyId}, {@code -Daws.secretAccessKey};</li>
 *   <li>{@link EnvironmentCredentials}: {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY};</li>
 *   <li>{@link WebIdentityCredentials}: {@code AWS_WEB_IDENTITY_TOKEN_FILE} and {@code AWS_ROLE_ARN} (EKS);</li>
 *   <li>{@link ProfileCredentials}: {@code ~/.aws/credentials} and {@code ~/.aws/config};</li>
 *   <li>{@link ContainerCredentials}: {@code AWS_CONTAINER_CREDENTIALS_*_URI} (ECS, EKS Pod Identity);</li>
 *   <li>{@link Ec2RoleCredentials}: the EC2 instance metadata service.</li>
 * </ol>
 * (The AWS SDK for Java 1.x, botocore and the CLI check the environment before the system properties.)
 *
 * <p>A source is skipped only when it has no trace of credentials at all (no variable set, no profile, no
 * metadata service). Any other failure, such as a malformed profile file, an unsupported profile type or a
 * role STS refuses, is thrown at once: falling through to another identity would hide a configuration error.
 * When no source has credentials, the exception lists every source and why it had none.
 *
 * <p>Thread-safe. The source found is kept for the life of this object; until one is found, every call
 * looks again.
 */
public final class DefaultCredentialsChain implements CredentialsProvider {
    private static final System.Logger LOG = System.getLogger("io.lowvoltage.credentials");

    private final List<CredentialsProvider> providers;
    private volatile CredentialsProvider found;

    /** The chain over the process environment, system properties, files and metadata services. */
    public DefaultCredentialsChain() {
        this(List.of(new SystemPropertiesCredentials(), new EnvironmentCredentials(), new WebIdentityCredentials(),
                new ProfileCredentials(), new ContainerCredentials(), new Ec2RoleCredentials()));
    }

    DefaultCredentialsChain(List<CredentialsProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    @Override
    public Credentials credentials() {
        CredentialsProvider provider = found;
        if (provider != null) {
            return provider.credentials();
        }
        StringBuilder reasons = new StringBuilder();
        for (CredentialsProvider candidate : providers) {
            Credentials credentials;
            try {
                credentials = candidate.credentials();
            } catch (NoCredentialsHereException e) {
                reasons.append("\n - ").append(name(candidate)).append(": ").append(e.getMessage());
                continue;
            }
            found = candidate;
            LOG.log(Level.DEBUG, () -> "Using credentials from " + name(candidate));
            return credentials;
        }
        throw new CredentialsException("No AWS credentials found. Looked in, in order:" + reasons
                + "\nSet AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, run `aws configure`, attach a role, or pass a"
                + " CredentialsProvider to Connection.builder().credentials(...)");
    }

    private static String name(CredentialsProvider provider) {
        return provider.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        CredentialsProvider provider = found;
        return "DefaultCredentialsChain{" + (provider == null ? "no source found yet" : "using " + provider) + "}";
    }
}
