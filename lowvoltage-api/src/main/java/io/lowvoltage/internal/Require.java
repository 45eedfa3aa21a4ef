package io.lowvoltage.internal;

import io.lowvoltage.exceptions.BuilderException;
import java.util.Collection;
import java.util.Map;

/** Checks of mandatory members, with messages that say how to set them. */
public final class Require {
    private static final int MIN_NAME = 3;
    private static final int MAX_NAME = 255;
    private static final int MAX_ARN = 1024;

    private Require() {
    }

    /**
     * Checks a table given by name or ARN, as the API documents it: a name of 3 to 255 characters among
     * {@code a-z A-Z 0-9 _ - .}, or an ARN of at most 1024 characters.
     *
     * @param value     the member's value
     * @param operation the action, such as {@code GetItem}
     * @param member    the API member, such as {@code TableName}
     * @param howToSet  how to set it
     * @throws BuilderException when the value is missing or is neither a valid name nor an ARN
     */
    public static void tableName(String value, String operation, String member, String howToSet) {
        present(value, operation, member, howToSet);
        if (value.startsWith("arn:")) {
            if (value.length() > MAX_ARN) {
                throw new BuilderException(operation + " has a " + member + " ARN of " + value.length()
                        + " characters; DynamoDB accepts at most " + MAX_ARN);
            }
            return;
        }
        boolean validName = value.length() >= MIN_NAME && value.length() <= MAX_NAME
                && value.chars().allMatch(Require::isTableNameCharacter);
        if (!validName) {
            throw new BuilderException(operation + " has " + member + " \"" + value + "\", which is not a table"
                    + " name: use 3 to 255 characters among letters, digits, '_', '-' and '.', or a table ARN");
        }
    }

    private static boolean isTableNameCharacter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '.';
    }

    /**
     * @param value     the member's value
     * @param operation the action, such as {@code GetItem}
     * @param member    the API member, such as {@code TableName}
     * @param howToSet  how to set it, such as {@code new GetItem(tableName, key) or .tableName(...)}
     * @throws BuilderException when the value is null, or an empty string, collection or map
     */
    public static void present(Object value, String operation, String member, String howToSet) {
        boolean missing = value == null
                || value instanceof String text && text.isEmpty()
                || value instanceof Collection<?> collection && collection.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
        if (missing) {
            throw new BuilderException(operation + " needs " + member + ", which is not set. Set it with "
                    + howToSet);
        }
    }
}
