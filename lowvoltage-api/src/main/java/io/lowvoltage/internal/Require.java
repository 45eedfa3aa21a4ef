package io.lowvoltage.internal;

import io.lowvoltage.exceptions.BuilderException;
import java.util.Collection;
import java.util.Map;

/** Checks of mandatory members, with messages that say how to set them. */
public final class Require {
    private Require() {
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
