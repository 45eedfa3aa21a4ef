package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Where in Amazon S3 an import reads its files: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_S3BucketSource.html">S3BucketSource</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * S3BucketSource.of("my-bucket").withS3KeyPrefix("exports/2024/")
 * }</pre>
 */
public final class S3BucketSource {
    private final String s3BucketOwner;
    private final String s3Bucket;
    private final String s3KeyPrefix;

    private S3BucketSource(String s3BucketOwner, String s3Bucket, String s3KeyPrefix) {
        this.s3BucketOwner = s3BucketOwner;
        this.s3Bucket = s3Bucket;
        this.s3KeyPrefix = s3KeyPrefix;
    }

    /**
     * @param s3Bucket the bucket's name (API member {@code S3Bucket})
     * @return the source: every object of the bucket
     */
    public static S3BucketSource of(String s3Bucket) {
        return new S3BucketSource(null, Objects.requireNonNull(s3Bucket, "s3Bucket"), null);
    }

    /**
     * @param s3BucketOwner the account id of the bucket's owner (API member {@code S3BucketOwner})
     * @return a copy with that owner
     */
    public S3BucketSource withS3BucketOwner(String s3BucketOwner) {
        return new S3BucketSource(Objects.requireNonNull(s3BucketOwner, "s3BucketOwner"), s3Bucket, s3KeyPrefix);
    }

    /**
     * @param s3KeyPrefix the prefix of the objects to import (API member {@code S3KeyPrefix})
     * @return a copy with that prefix
     */
    public S3BucketSource withS3KeyPrefix(String s3KeyPrefix) {
        return new S3BucketSource(s3BucketOwner, s3Bucket, Objects.requireNonNull(s3KeyPrefix, "s3KeyPrefix"));
    }

    static S3BucketSource read(JsonParser parser) {
        String owner = null;
        String bucket = null;
        String prefix = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "S3BucketOwner" -> owner = JsonReads.string(parser);
                case "S3Bucket" -> bucket = JsonReads.string(parser);
                case "S3KeyPrefix" -> prefix = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new S3BucketSource(owner, bucket, prefix);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.S3_BUCKET_OWNER, s3BucketOwner);
        JsonWrites.string(generator, FeatureMembers.S3_BUCKET, s3Bucket);
        JsonWrites.string(generator, FeatureMembers.S3_KEY_PREFIX, s3KeyPrefix);
        generator.writeEndObject();
    }

    /** @return the account id of the bucket's owner (API member {@code S3BucketOwner}), or {@code null} */
    public String s3BucketOwner() {
        return s3BucketOwner;
    }

    /** @return the bucket's name (API member {@code S3Bucket}) */
    public String s3Bucket() {
        return s3Bucket;
    }

    /** @return the prefix of the objects to import (API member {@code S3KeyPrefix}), or {@code null} */
    public String s3KeyPrefix() {
        return s3KeyPrefix;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof S3BucketSource that && Objects.equals(s3BucketOwner, that.s3BucketOwner)
                && Objects.equals(s3Bucket, that.s3Bucket) && Objects.equals(s3KeyPrefix, that.s3KeyPrefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(s3BucketOwner, s3Bucket, s3KeyPrefix);
    }

    @Override
    public String toString() {
        return Shapes.toString("S3BucketSource", "s3BucketOwner", s3BucketOwner, "s3Bucket", s3Bucket,
                "s3KeyPrefix", s3KeyPrefix);
    }
}
