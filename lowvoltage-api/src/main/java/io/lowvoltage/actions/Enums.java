package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/** Reads enum constants from responses, where DynamoDB may send values newer than this library. */
final class Enums {
    /** The name of the constant that every response enum has for values this version does not know. */
    static final String UNKNOWN = "UNKNOWN_TO_LOWVOLTAGE";

    private Enums() {
    }

    /**
     * @param parser positioned on a string value
     * @param type   the enum, which has an {@code UNKNOWN_TO_LOWVOLTAGE} constant
     * @return the constant of that name, or {@code UNKNOWN_TO_LOWVOLTAGE} for a value added after this version
     */
    static <E extends Enum<E>> E read(JsonParser parser, Class<E> type) {
        String wire = parser.getString();
        try {
            return Enum.valueOf(type, wire);
        } catch (IllegalArgumentException newerThanThisLibrary) {
            return Enum.valueOf(type, UNKNOWN);
        }
    }
}
