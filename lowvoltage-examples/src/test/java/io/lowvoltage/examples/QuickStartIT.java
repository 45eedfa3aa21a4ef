package io.lowvoltage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.testing.DynaliteExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynaliteExtension.class)
class QuickStartIT {
    @Test
    void writesAnItemAndPrintsItReadBack(Connection connection) throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Item item = QuickStart.run(connection, "QuickStartIT", new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(item).isEqualTo(Map.of("h", BigDecimal.ZERO, "gr", BigDecimal.TEN, "gh", BigDecimal.ZERO));
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(item + System.lineSeparator());
    }
}
