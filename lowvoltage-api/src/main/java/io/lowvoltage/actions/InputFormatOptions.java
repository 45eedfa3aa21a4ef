package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Format-specific settings of an import: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_InputFormatOptions.html">InputFormatOptions</a>.
 * Immutable.
 *
 * <pre>{@code
 * InputFormatOptions.csv(CsvOptions.create().withDelimiter(";"))
 * }</pre>
 */
public final class InputFormatOptions {
    private final CsvOptions csv;

    private InputFormatOptions(CsvOptions csv) {
        this.csv = csv;
    }

    /**
     * @param csv how CSV files are read (API member {@code Csv})
     * @return the options
     */
    public static InputFormatOptions csv(CsvOptions csv) {
        return new InputFormatOptions(Objects.requireNonNull(csv, "csv"));
    }

    static InputFormatOptions read(JsonParser parser) {
        CsvOptions csv = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("Csv")) {
                csv = CsvOptions.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new InputFormatOptions(csv);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        Shapes.object(generator, FeatureMembers.CSV, csv, CsvOptions::write);
        generator.writeEndObject();
    }

    /** @return how CSV files are read (API member {@code Csv}), or {@code null} */
    public CsvOptions csv() {
        return csv;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputFormatOptions that && Objects.equals(csv, that.csv);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(csv);
    }

    @Override
    public String toString() {
        return Shapes.toString("InputFormatOptions", "csv", csv);
    }
}
