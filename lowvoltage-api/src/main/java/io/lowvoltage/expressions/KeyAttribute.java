package io.lowvoltage.expressions;

import io.lowvoltage.exceptions.BuilderException;

/** What PartitionKey and SortKey share: a top-level attribute name and values-only operands. */
final class KeyAttribute {
    private KeyAttribute() {
    }

    static Attribute of(Path path, String role) {
        if (path.elements().size() != 1) {
            throw new BuilderException("A key condition names the " + role + " " + path + ", a nested path: key"
                    + " attributes are top-level. For a key whose name holds dots or brackets, use "
                    + role.replace(" k", "K") + "(Path.of(name))");
        }
        return new Attribute(path);
    }

    static Value value(Object value, Attribute key) {
        if (value instanceof Value explicit) {
            return explicit;
        }
        if (value instanceof Operand) {
            throw new BuilderException("A key condition compares the key " + key + " to " + value
                    + ": key conditions compare to values only");
        }
        return new Value(value);
    }
}
