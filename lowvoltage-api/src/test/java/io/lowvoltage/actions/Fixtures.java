package io.lowvoltage.actions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code <Operation>Response-every-member.json} test resources: every member of the operation's output shape,
 * recursively, plus an unknown {@code FutureMember}, generated from the API model so that each getter reads a
 * member of its own.
 */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * @param operation such as {@code DescribeExport}
     * @return the fixture's JSON
     */
    static String everyMember(String operation) {
        String name = operation + "Response-every-member.json";
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
