package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Lists the imports from Amazon S3, a page at a time: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListImports.html">ListImports</a>.
 *
 * <pre>{@code
 * ListImportsResponse page = connection.request(new ListImports().tableArn(tableArn).pageSize(10));
 * }</pre>
 * Every member is optional. Not thread-safe: a builder.
 */
public final class ListImports extends Action<ListImportsResponse> {
    private String tableArn;
    private Integer pageSize;
    private String nextToken;

    /** An empty ListImports. */
    public ListImports() {
    }

    @Override
    protected String operation() {
        return "ListImports";
    }

    /**
     * @param tableArn the ARN of the table whose imports to list; by default, every table's (API member {@code TableArn})
     * @return this action
     */
    public ListImports tableArn(String tableArn) {
        this.tableArn = Objects.requireNonNull(tableArn, "tableArn");
        return this;
    }

    /**
     * @param pageSize the most imports to return in one page (API member {@code PageSize})
     * @return this action
     */
    public ListImports pageSize(int pageSize) {
        this.pageSize = pageSize;
        return this;
    }

    /**
     * @param nextToken the token of the page to read, from the previous page's {@code nextToken()} (API member {@code NextToken})
     * @return this action
     */
    public ListImports nextToken(String nextToken) {
        this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
        return this;
    }

    @Override
    protected void validate() {
        // Every member is optional.
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.TABLE_ARN, tableArn);
        JsonWrites.number(generator, FeatureMembers.PAGE_SIZE, pageSize);
        JsonWrites.string(generator, FeatureMembers.NEXT_TOKEN, nextToken);
        generator.writeEndObject();
    }

    @Override
    protected ListImportsResponse readResponse(JsonParser parser) {
        return ListImportsResponse.read(parser);
    }
}
