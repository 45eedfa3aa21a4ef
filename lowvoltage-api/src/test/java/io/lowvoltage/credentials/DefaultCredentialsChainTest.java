package io.lowvoltage.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.CredentialsException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultCredentialsChainTest {
    private final List<String> asked = new ArrayList<>();

    private CredentialsProvider nothing(String name) {
        return new Named(name, () -> {
            throw new NoCredentialsHereException(name + " has nothing");
        });
    }

    private CredentialsProvider some(String name) {
        return new Named(name, () -> Credentials.of("AKID-" + name, "SECRET"));
    }

    private final class Named implements CredentialsProvider {
        final String name;
        final CredentialsProvider delegate;

        Named(String name, CredentialsProvider delegate) {
            this.name = name;
            this.delegate = delegate;
        }

        @Override
        public Credentials credentials() {
            asked.add(name);
            return delegate.credentials();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void skipsSourcesWithNothingAndKeepsTheFirstThatHasCredentials() {
        DefaultCredentialsChain chain = new DefaultCredentialsChain(List.of(nothing("a"), some("b"), some("c")));

        assertThat(chain.credentials().accessKeyId()).isEqualTo("AKID-b");
        assertThat(chain.credentials().accessKeyId()).isEqualTo("AKID-b");
        assertThat(asked).containsExactly("a", "b", "b");
        assertThat(chain).hasToString("DefaultCredentialsChain{using b}");
    }

    @Test
    void aConfigurationErrorStopsTheChain() {
        DefaultCredentialsChain chain = new DefaultCredentialsChain(List.of(nothing("a"), new Named("broken", () -> {
            throw new CredentialsException("broken profile");
        }), some("c")));

        assertThatThrownBy(chain::credentials).isInstanceOf(CredentialsException.class).hasMessage("broken profile");
        assertThat(asked).containsExactly("a", "broken");
    }

    @Test
    void whenNothingIsFoundEverySourceAndItsReasonIsListed() {
        DefaultCredentialsChain chain = new DefaultCredentialsChain(List.of(nothing("a"), nothing("b")));

        assertThatThrownBy(chain::credentials).isInstanceOf(CredentialsException.class)
                .isNotInstanceOf(NoCredentialsHereException.class)
                .hasMessageContaining("No AWS credentials found")
                .hasMessageContaining("\n - Named: a has nothing\n - Named: b has nothing")
                .hasMessageContaining("Connection.builder().credentials(...)");
        assertThat(chain).hasToString("DefaultCredentialsChain{no source found yet}");
    }

    @Test
    void theRealChainHasTheAwsSdkForJavaOrder() throws Exception {
        java.lang.reflect.Field field = DefaultCredentialsChain.class.getDeclaredField("providers");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<CredentialsProvider> providers = (List<CredentialsProvider>) field.get(new DefaultCredentialsChain());

        assertThat(providers).extracting(p -> p.getClass().getSimpleName()).containsExactly(
                "SystemPropertiesCredentials", "EnvironmentCredentials", "WebIdentityCredentials",
                "ProfileCredentials", "ContainerCredentials", "Ec2RoleCredentials");
    }

    @Test
    void aConnectionBuiltWithoutCredentialsUsesTheChain() {
        io.lowvoltage.Connection connection = io.lowvoltage.Connection.builder().region("us-east-1")
                .transport(new io.lowvoltage.support.CannedTransport()).signer((request, parameters) -> request).build();

        assertThat(connection.toString()).contains("credentials=DefaultCredentialsChain{no source found yet}");
    }
}
