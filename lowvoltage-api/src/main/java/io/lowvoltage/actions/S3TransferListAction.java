package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * What {@link ListExports} and {@link ListImports} share: the table ARN, the page size under a member name that
 * differs, and the page token, with their public setters and the write. Each setter returns the concrete action,
 * so chains keep their type.
 *
 * @param <A> the concrete action
 * @param <R> its response
 */
abstract class S3TransferListAction<A extends S3TransferListAction<A, R>, R> extends Action<R> {
    private final SerializableString pageLimitMember;
    private String tableArn;
    private Integer pageLimit;
    private String nextToken;

    /** @param pageLimitMember the API member of the page size: {@code MaxResults} or {@code PageSize} */
    S3TransferListAction(SerializableString pageLimitMember) {
        this.pageLimitMember = pageLimitMember;
    }

    @SuppressWarnings("unchecked")
    private A self() {
        return (A) this;
    }

    /**
     * @param tableArn the ARN of the table whose exports or imports to list; by default, every table's (API member {@code TableArn})
     * @return this action
     */
    public A tableArn(String tableArn) {
        this.tableArn = Objects.requireNonNull(tableArn, "tableArn");
        return self();
    }

    /** The subclass's public page size setter, named after its API member, calls this. */
    A pageLimit(int pageLimit) {
        this.pageLimit = pageLimit;
        return self();
    }

    /**
     * @param nextToken the token of the page to read, from the previous page's {@code nextToken()} (API member {@code NextToken})
     * @return this action
     */
    public A nextToken(String nextToken) {
        this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
        return self();
    }

    @Override
    protected void validate() {
        // Every member is optional.
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.TABLE_ARN, tableArn);
        JsonWrites.number(generator, pageLimitMember, pageLimit);
        JsonWrites.string(generator, FeatureMembers.NEXT_TOKEN, nextToken);
        generator.writeEndObject();
    }
}
