package io.lowvoltage.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityMemoTest {
    private final List<String> computed = new ArrayList<>();
    private final IdentityMemo<String, String> memo = new IdentityMemo<>(2, key -> {
        computed.add(key);
        return key.toUpperCase();
    });

    @Test
    void computesOncePerKeyObject() {
        String key = "value";
        assertThat(memo.get(key)).isEqualTo("VALUE");
        assertThat(memo.get(key)).isEqualTo("VALUE");
        assertThat(computed).containsExactly("value");
    }

    @Test
    void anEqualKeyThatIsAnotherObjectIsComputedAgainWithTheSameResult() {
        String first = new String("value");
        String second = new String("value");
        assertThat(memo.get(first)).isEqualTo(memo.get(second)).isEqualTo("VALUE");
        assertThat(computed).hasSize(2);
    }

    @Test
    void theOldestEntryMakesRoom() {
        String a = "a";
        String b = "b";
        String c = "c";
        memo.get(a);
        memo.get(b);
        memo.get(c);
        memo.get(b);
        memo.get(a);
        assertThat(computed).containsExactly("a", "b", "c", "a");
    }
}
