package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * How an import reads CSV files: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CsvOptions.html">CsvOptions</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * CsvOptions.create().withDelimiter(";").withHeaderList("h", "r", "a")
 * }</pre>
 */
public final class CsvOptions {
    private final String delimiter;
    private final List<String> headerList;

    private CsvOptions(String delimiter, List<String> headerList) {
        this.delimiter = delimiter;
        this.headerList = headerList;
    }

    /** @return DynamoDB's defaults: a comma, and the header read from the first line of each file */
    public static CsvOptions create() {
        return new CsvOptions(null, List.of());
    }

    /**
     * @param delimiter the character between values, such as {@code ";"} (API member {@code Delimiter})
     * @return a copy with that delimiter
     */
    public CsvOptions withDelimiter(String delimiter) {
        return new CsvOptions(Objects.requireNonNull(delimiter, "delimiter"), headerList);
    }

    /**
     * @param headerList the column names, for files without a header line (API member {@code HeaderList});
     *                   replaces any set before
     * @return a copy with that header
     */
    public CsvOptions withHeaderList(String... headerList) {
        return withHeaderList(Arrays.asList(headerList));
    }

    /**
     * @param headerList the column names, replacing any set before
     * @return a copy with that header
     * @see #withHeaderList(String...)
     */
    public CsvOptions withHeaderList(Iterable<String> headerList) {
        List<String> copy = new ArrayList<>();
        headerList.forEach(copy::add);
        return new CsvOptions(delimiter, Shapes.copy(copy, "headerList"));
    }

    static CsvOptions read(JsonParser parser) {
        String delimiter = null;
        List<String> headerList = List.of();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "Delimiter" -> delimiter = JsonReads.string(parser);
                case "HeaderList" -> headerList = JsonReads.list(parser, JsonReads::string);
                default -> parser.skipChildren();
            }
        }
        return new CsvOptions(delimiter, headerList);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.DELIMITER, delimiter);
        if (!headerList.isEmpty()) {
            JsonWrites.strings(generator, FeatureMembers.HEADER_LIST, headerList);
        }
        generator.writeEndObject();
    }

    /** @return the character between values (API member {@code Delimiter}), or {@code null} for the default */
    public String delimiter() {
        return delimiter;
    }

    /** @return the column names (API member {@code HeaderList}); empty when read from the files */
    public List<String> headerList() {
        return headerList;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CsvOptions that && Objects.equals(delimiter, that.delimiter)
                && headerList.equals(that.headerList);
    }

    @Override
    public int hashCode() {
        return Objects.hash(delimiter, headerList);
    }

    @Override
    public String toString() {
        return Shapes.toString("CsvOptions", "delimiter", delimiter, "headerList", headerList);
    }
}
