package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.support.CannedTransport;
import io.lowvoltage.support.Connections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** TagResource, UntagResource and ListTagsOfResource, which share the resource ARN and {@link Tag}. */
class TagsTest {
    private static final String ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/T";

    private final CannedTransport transport = new CannedTransport();
    private final Connection connection = Connections.over(transport);

    @Test
    void tagResourceWritesTagsFromEveryOverloadInOrder() {
        transport.ok("");
        TagResourceResponse response = connection.request(new TagResource(ARN).tag("k", "v")
                .tags(Tag.of("a", "b")).tags(List.of(Tag.of("c", "d"))).tags(Stream.of(Tag.of("e", "f"))));

        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"" + ARN + "\",\"Tags\":["
                + "{\"Key\":\"k\",\"Value\":\"v\"},{\"Key\":\"a\",\"Value\":\"b\"},{\"Key\":\"c\",\"Value\":\"d\"},"
                + "{\"Key\":\"e\",\"Value\":\"f\"}]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.TagResource");
        assertThat(response).hasToString("TagResourceResponse{}");
    }

    @Test
    void emptyResponsesReadFromAnEmptyBodyOrAnObject() {
        transport.ok("").ok("{\"Future\":{\"a\":1}}").ok("").ok("{}");
        assertThat(connection.request(new TagResource(ARN).tag("k", "v"))).isNotNull();
        assertThat(connection.request(new TagResource(ARN).tag("k", "v"))).isNotNull();
        assertThat(connection.request(new UntagResource(ARN).tagKeys("k"))).hasToString("UntagResourceResponse{}");
        assertThat(connection.request(new UntagResource(ARN).tagKeys("k"))).isNotNull();
    }

    @Test
    void untagResourceWritesKeysFromEveryOverloadInOrder() {
        transport.ok("");
        connection.request(new UntagResource().resourceArn(ARN).tagKeys("a", "b").tagKeys(List.of("c"))
                .tagKeys(Stream.of("d")));

        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"" + ARN + "\",\"TagKeys\":[\"a\",\"b\",\"c\",\"d\"]}");
        assertThat(transport.lastRequest().headers()).containsEntry("X-Amz-Target", "DynamoDB_20120810.UntagResource");
    }

    @Test
    void listTagsOfResourceWritesEveryMemberAndReadsAPage() {
        transport.ok("{\"Tags\":[{\"Key\":\"a\",\"Value\":\"b\",\"Future\":1},{\"Key\":\"c\",\"Value\":\"\"}],"
                + "\"NextToken\":\"n2\",\"Unknown\":[1]}");

        ListTagsOfResourceResponse response = connection.request(new ListTagsOfResource(ARN).nextToken("n1"));

        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"" + ARN + "\",\"NextToken\":\"n1\"}");
        assertThat(transport.lastRequest().headers())
                .containsEntry("X-Amz-Target", "DynamoDB_20120810.ListTagsOfResource");
        assertThat(response.tags()).containsExactly(Tag.of("a", "b"), Tag.of("c", ""));
        assertThat(response.nextToken()).isEqualTo("n2");
        assertThat(response).hasToString("ListTagsOfResourceResponse{tags=[a=b, c=], nextToken=n2}");
    }

    @Test
    void listTagsOfResourceMinimalRequestAndEmptyResponse() {
        transport.ok("{}");
        ListTagsOfResourceResponse response = connection.request(new ListTagsOfResource().resourceArn(ARN));
        assertThat(transport.lastBody()).isEqualTo("{\"ResourceArn\":\"" + ARN + "\"}");
        assertThat(response.tags()).isEmpty();
        assertThat(response.nextToken()).isNull();
    }

    @Test
    void mandatoryMembersFailBeforeSending() {
        assertThatThrownBy(() -> connection.request(new TagResource().tag("k", "v")))
                .isInstanceOf(BuilderException.class)
                .hasMessage("TagResource needs ResourceArn, which is not set. Set it with"
                        + " new TagResource(resourceArn) or .resourceArn(...)");
        assertThatThrownBy(() -> connection.request(new TagResource(ARN)))
                .isInstanceOf(BuilderException.class)
                .hasMessage("TagResource needs Tags, which is not set. Set it with .tag(key, value) or .tags(...)");
        assertThatThrownBy(() -> connection.request(new UntagResource().tagKeys("k")))
                .isInstanceOf(BuilderException.class).hasMessageStartingWith("UntagResource needs ResourceArn");
        assertThatThrownBy(() -> connection.request(new UntagResource(ARN)))
                .isInstanceOf(BuilderException.class)
                .hasMessage("UntagResource needs TagKeys, which is not set. Set it with .tagKeys(...)");
        assertThatThrownBy(() -> connection.request(new ListTagsOfResource()))
                .isInstanceOf(BuilderException.class).hasMessageStartingWith("ListTagsOfResource needs ResourceArn");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void nullTagsAreRefused() {
        assertThatThrownBy(() -> new TagResource(ARN).tags((Tag) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("tags must not hold null");
        assertThatThrownBy(() -> new UntagResource(ARN).tagKeys((String) null)).isInstanceOf(NullPointerException.class);
    }
}
