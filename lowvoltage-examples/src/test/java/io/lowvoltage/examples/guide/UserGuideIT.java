package io.lowvoltage.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Connection;
import io.lowvoltage.Item;
import io.lowvoltage.actions.BatchGetItem;
import io.lowvoltage.actions.BatchGetItemResponse;
import io.lowvoltage.actions.CreateTable;
import io.lowvoltage.actions.DeleteTable;
import io.lowvoltage.actions.DescribeTable;
import io.lowvoltage.actions.ExecuteStatement;
import io.lowvoltage.actions.GetItem;
import io.lowvoltage.actions.GetItemResponse;
import io.lowvoltage.actions.ListTables;
import io.lowvoltage.actions.PutItem;
import io.lowvoltage.actions.Query;
import io.lowvoltage.actions.QueryResponse;
import io.lowvoltage.actions.ScalarAttributeType;
import io.lowvoltage.actions.Scan;
import io.lowvoltage.actions.ScanResponse;
import io.lowvoltage.actions.TransactGetItems;
import io.lowvoltage.actions.TransactWriteItems;
import io.lowvoltage.actions.UpdateItem;
import io.lowvoltage.actions.UpdateItemResponse;
import io.lowvoltage.compounds.Compounds;
import io.lowvoltage.compounds.ParallelScan;
import io.lowvoltage.credentials.ContainerCredentials;
import io.lowvoltage.credentials.Credentials;
import io.lowvoltage.credentials.CredentialsProvider;
import io.lowvoltage.credentials.DefaultCredentialsChain;
import io.lowvoltage.credentials.Ec2RoleCredentials;
import io.lowvoltage.credentials.EnvironmentCredentials;
import io.lowvoltage.credentials.ProfileCredentials;
import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.credentials.SystemPropertiesCredentials;
import io.lowvoltage.credentials.WebIdentityCredentials;
import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.exceptions.ClientException;
import io.lowvoltage.exceptions.ConditionalCheckFailedException;
import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.ResourceNotFoundException;
import io.lowvoltage.exceptions.TransactionCanceledException;
import io.lowvoltage.exceptions.UnknownOperationException;
import io.lowvoltage.retry.ExponentialBackoffRetryPolicy;
import io.lowvoltage.retry.RetryPolicies;
import io.lowvoltage.retry.RetryPolicy;
import io.lowvoltage.retry.StandardRetryPolicy;
import io.lowvoltage.spi.TransportSettings;
import io.lowvoltage.testing.Dynalite;
import io.lowvoltage.testing.DynaliteExtension;
import io.lowvoltage.transport.jdk.JdkTransport;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every code block of {@code docs/user-guide.md}, run against dynalite: the regions between {@code tag::name[]}
 * and {@code end::name[]} are what the guide shows (UserGuideSyncTest checks they are the same), the rest checks
 * that each does what the guide says. The snippets use the table {@code Orders}: hash key {@code customer} (S),
 * range key {@code id} (N).
 */
@ExtendWith(DynaliteExtension.class)
class UserGuideIT {
    private final Connection connection;

    UserGuideIT(Connection connection) {
        this.connection = connection;
        try {
            connection.request(new DescribeTable("Orders"));
        } catch (ResourceNotFoundException e) {
            createOrders(connection);
        }
    }

    private static void createOrders(Connection connection) {
        // tag::createTable[]
        connection.request(new CreateTable("Orders")
                .hashKey("customer", ScalarAttributeType.S)
                .rangeKey("id", ScalarAttributeType.N)
                .billingModePayPerRequest());
        Compounds.waitForTableActivation(connection, "Orders");     // CREATING takes seconds on DynamoDB
        // end::createTable[]
    }

    @Test
    void createTable() {
        connection.request(new DeleteTable("Orders"));
        Compounds.waitForTableDeletion(connection, "Orders");

        createOrders(connection);

        assertThat(connection.request(new DescribeTable("Orders")).table().keySchema()).hasSize(2);
    }

    @Test
    void firstRequest() {
        // tag::firstRequest[]
        connection.request(new PutItem("Orders", Map.of("customer", "alice", "id", 1, "amount", 42.5)));
        Item order = connection.request(new GetItem("Orders", Map.of("customer", "alice", "id", 1))).item();
        BigDecimal amount = order.getNumber("amount");                  // 42.5
        // end::firstRequest[]
        assertThat(amount).isEqualByComparingTo("42.5");
    }

    @Test
    void connect(Dynalite dynalite) {
        String endpoint = dynalite.endpoint().toString();
        // tag::connect[]
        try (Connection connection = Connection.builder()
                .region("us-east-1")                          // default: AWS_REGION, then AWS_DEFAULT_REGION
                .endpoint(endpoint)                           // default: https://dynamodb.us-east-1.amazonaws.com
                .credentials(new StaticCredentials("AKIDEXAMPLE", "secret"))   // default: DefaultCredentialsChain
                .retryPolicy(RetryPolicies.DEFAULT)           // default: a StandardRetryPolicy of its own
                .build()) {
            List<String> tables = connection.request(new ListTables()).tableNames();
        }
        // end::connect[]
    }

    @Test
    void credentials() {
        // tag::credentials[]
        List<CredentialsProvider> providers = List.of(
                new DefaultCredentialsChain(),          // the AWS SDK's order: the six below, first found wins
                new SystemPropertiesCredentials(),      // -Daws.accessKeyId, -Daws.secretAccessKey, -Daws.sessionToken
                new EnvironmentCredentials(),           // AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN
                new WebIdentityCredentials(),           // AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN (EKS IRSA)
                new ProfileCredentials("dev"),          // ~/.aws/credentials and ~/.aws/config
                new ContainerCredentials(),             // ECS task role, EKS Pod Identity
                new Ec2RoleCredentials(),               // EC2 instance metadata (IMDSv2)
                new StaticCredentials("AKIDEXAMPLE", "secret"),
                () -> Credentials.of("AKIDEXAMPLE", "secret"));   // your own: called on every request
        // end::credentials[]
        assertThat(providers).hasSize(9);
    }

    @Test
    void retryPolicies(Dynalite dynalite) {
        // tag::retryPolicies[]
        RetryPolicy standard = StandardRetryPolicy.builder()
                .maxAttempts(6)                                   // default 4: the first and 3 retries
                .throttlingBase(Duration.ofMillis(500))           // default 1 s after throttling
                .build();
        RetryPolicy exponential = new ExponentialBackoffRetryPolicy(Duration.ofMillis(50), 2, 5).withJitter();
        RetryPolicy never = RetryPolicies.FAIL_FAST;
        RetryPolicy mine = (action, errors) ->                   // errors: this call's retryable errors so far
                errors.size() < 3 ? Optional.of(Duration.ofMillis(100)) : Optional.empty();

        Connection patient = dynalite.connectionBuilder().retryPolicy(standard).build();
        // end::retryPolicies[]
        try (patient) {
            patient.request(new ListTables());
        }
        assertThat(List.of(exponential, never, mine)).hasSize(3);
    }

    @Test
    void errors() {
        connection.request(new PutItem("Orders", Map.of("customer", "carol", "id", 1, "status", "NEW")));
        List<String> printed = new ArrayList<>();
        // tag::errors[]
        try {
            connection.request(new PutItem("Orders", Map.of("customer", "carol", "id", 1))
                    .conditionExpression("attribute_not_exists(customer)"));   // create only
        } catch (ConditionalCheckFailedException e) {        // a ClientException: DynamoDB said no
            printed.add("order 1 of carol exists already");
        } catch (LowVoltageException e) {                    // anything else, after the retries
            printed.add((e.isRetryable() ? "transient failure: " : "failure: ") + e.getMessage());
        }

        try {
            connection.request(new GetItem("NoSuchTable", Map.of("h", 0)));
        } catch (ResourceNotFoundException e) {
            printed.add(e.code() + ": " + e.getMessage());    // ResourceNotFoundException: ...
        }
        // end::errors[]
        assertThat(printed.get(0)).isEqualTo("order 1 of carol exists already");
        assertThat(printed.get(1)).startsWith("ResourceNotFoundException: ");
    }

    @Test
    void buildingActions() {
        // tag::buildingActions[]
        GetItem byConstructor = new GetItem("Orders", Map.of("customer", "alice", "id", 1));
        GetItem byChaining = new GetItem().tableName("Orders").key(Map.of("customer", "alice", "id", 1));
        GetItem withOptions = new GetItem("Orders", Map.of("customer", "alice", "id", 1))
                .consistentRead(true)
                .returnConsumedCapacityTotal();               // each enum value has its named method

        try {
            connection.request(new GetItem().key(Map.of("customer", "alice", "id", 1)));
        } catch (BuilderException e) {                          // nothing was sent
            String message = e.getMessage();                    // "GetItem needs TableName: ..."
        }
        // end::buildingActions[]
        assertThatThrownBy(() -> connection.request(new GetItem().key(Map.of("customer", "alice", "id", 1))))
                .isInstanceOf(BuilderException.class).hasMessageContaining("TableName");
        assertThat(List.of(byConstructor, byChaining, withOptions)).hasSize(3);
    }

    @Test
    void activeResource() {
        Compounds.batchPutItem(connection, "Orders", Map.of("customer", "alice", "id", 1),
                Map.of("customer", "bob", "id", 2));
        // tag::activeResource[]
        BatchGetItem batch = new BatchGetItem()
                .table("Orders")                                   // the keys below are Orders'
                .keys(Map.of("customer", "alice", "id", 1))
                .projectionExpression("customer, id")              // applies to Orders
                .table("Orders")                                   // back to Orders: adds to it
                .keys(Map.of("customer", "bob", "id", 2));
        BatchGetItemResponse response = connection.request(batch);
        List<Item> orders = response.items("Orders");
        // end::activeResource[]
        assertThat(orders).hasSize(2);
    }

    @Test
    void variadic() {
        Map<String, Object> k1 = Map.of("customer", "alice", "id", 1);
        Map<String, Object> k2 = Map.of("customer", "bob", "id", 2);
        Compounds.batchPutItem(connection, "Orders", k1, k2);
        // tag::variadic[]
        List<Map<String, Object>> someKeys = List.of(k1, k2);
        BatchGetItem batch = new BatchGetItem().table("Orders")
                .keys(k1, k2)                                       // values
                .keys(someKeys)                                     // an Iterable
                .keys(someKeys.stream());                           // a Stream
        // end::variadic[]
        // The same key three times is a ValidationException from DynamoDB; the point was the accepted forms.
        assertThatThrownBy(() -> connection.request(batch)).isInstanceOf(ClientException.class);
    }

    @Test
    void attributeValues() {
        // tag::attributeValues[]
        Map<String, Object> order = new HashMap<>();
        order.put("customer", "dave");                                        // S
        order.put("id", 7);                                                   // N
        order.put("amount", new BigDecimal("1234567890.123456789012345678"));  // N, exact
        order.put("paid", true);                                              // BOOL
        order.put("note", null);                                              // NULL
        order.put("lines", List.of(Map.of("sku", "A-1", "qty", 2)));          // L of M
        order.put("address", Map.of("city", "Lyon", "zip", "69001"));         // M
        order.put("tags", Set.of("gift", "express"));                         // SS
        order.put("scores", Set.of(1, 2.5));                                  // NS
        order.put("signature", new byte[] {1, 2, 3});                         // B
        connection.request(new PutItem("Orders", order));

        Item read = connection.request(new GetItem("Orders", Map.of("customer", "dave", "id", 7))).item();
        String customer = read.getString("customer");
        int id = read.getInt("id");
        BigDecimal amount = read.getNumber("amount");                          // every digit kept
        boolean paid = read.getBoolean("paid");
        Object note = read.get("note");                                       // null
        List<Object> lines = read.getList("lines");
        Item address = read.getMap("address");                                // an Item too
        Set<String> tags = read.getStringSet("tags");
        Set<BigDecimal> scores = read.getNumberSet("scores");
        byte[] signature = read.getBytes("signature");                        // a copy
        ByteBuffer raw = (ByteBuffer) read.get("signature");                  // read-only, compares by content
        // end::attributeValues[]
        assertThat(customer).isEqualTo("dave");
        assertThat(id).isEqualTo(7);
        assertThat(amount).isEqualTo(new BigDecimal("1234567890.123456789012345678"));
        assertThat(paid).isTrue();
        assertThat(read).containsKey("note");
        assertThat(note).isNull();
        assertThat(lines).containsExactly(Map.of("sku", "A-1", "qty", BigDecimal.valueOf(2)));
        assertThat(address.getString("city")).isEqualTo("Lyon");
        assertThat(tags).containsExactlyInAnyOrder("gift", "express");
        assertThat(scores).containsExactlyInAnyOrder(BigDecimal.ONE, new BigDecimal("2.5"));
        assertThat(signature).containsExactly(1, 2, 3);
        assertThat(raw).isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
    }

    @Test
    void numbers() {
        // tag::numbers[]
        Map<String, Object> item = Map.of("customer", "erin", "id", 1,
                "big", new BigInteger("12345678901234567890123456789012345678"),   // 38 digits: the most
                "small", new BigDecimal("1E-130"),
                "ratio", 0.1);                                   // a double is written as Double.toString says
        connection.request(new PutItem("Orders", item));

        try {
            connection.request(new PutItem("Orders", Map.of("customer", "erin", "id", 2, "x", Double.NaN)));
        } catch (BuilderException e) {
            String message = e.getMessage();   // "Attribute Item.x is NaN, which DynamoDB cannot store: ..."
        }
        // end::numbers[]
        Item read = connection.request(new GetItem("Orders", Map.of("customer", "erin", "id", 1))).item();
        assertThat(read.getNumber("big")).isEqualTo(new BigDecimal("12345678901234567890123456789012345678"));
        assertThat(read.getNumber("small")).isEqualByComparingTo("1E-130");
        assertThat(read.getDouble("ratio")).isEqualTo(0.1);
        assertThatThrownBy(() -> connection.request(
                new PutItem("Orders", Map.of("customer", "erin", "id", 2, "x", Double.NaN))))
                .isInstanceOf(BuilderException.class).hasMessageContaining("Attribute Item.x is NaN");
    }

    @Test
    void binaryAndSets() {
        // tag::binaryAndSets[]
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        connection.request(new PutItem("Orders", Map.of("customer", "frank", "id", 1,
                "thumbnail", ByteBuffer.wrap(png),                                  // B from a ByteBuffer
                "hashes", Set.of(new byte[] {1}, new byte[] {2}),                   // BS
                "sizes", Set.of(38, 40, 42))));                                      // NS

        try {
            connection.request(new PutItem("Orders", Map.of("customer", "frank", "id", 2, "tags", Set.of())));
        } catch (BuilderException e) {
            String message = e.getMessage();   // an empty set has no DynamoDB form
        }
        // end::binaryAndSets[]
        Item read = connection.request(new GetItem("Orders", Map.of("customer", "frank", "id", 1))).item();
        assertThat(read.getBytes("thumbnail")).isEqualTo(png);
        assertThat(read.getBinarySet("hashes"))
                .containsExactlyInAnyOrder(ByteBuffer.wrap(new byte[] {1}), ByteBuffer.wrap(new byte[] {2}));
        assertThat(read.getNumberSet("sizes")).hasSize(3);
        assertThatThrownBy(() -> connection.request(
                new PutItem("Orders", Map.of("customer", "frank", "id", 2, "tags", Set.of()))))
                .isInstanceOf(BuilderException.class).hasMessageContaining("Item.tags");
    }

    @Test
    void conditions() {
        connection.request(new PutItem("Orders", Map.of("customer", "gina", "id", 1, "status", "NEW", "amount", 10)));
        // tag::conditions[]
        UpdateItemResponse shipped = connection.request(new UpdateItem("Orders", Map.of("customer", "gina", "id", 1))
                .updateExpression("SET #status = :shipped")
                .conditionExpression("#status = :new AND amount > :zero")
                .expressionAttributeName("#status", "status")          // STATUS is a reserved word
                .expressionAttributeValue(":shipped", "SHIPPED")
                .expressionAttributeValue(":new", "NEW")
                .expressionAttributeValue(":zero", 0)
                .returnValuesAllNew());
        String status = shipped.attributes().getString("status");       // SHIPPED

        boolean shippedTwice;
        try {
            connection.request(new UpdateItem("Orders", Map.of("customer", "gina", "id", 1))
                    .updateExpression("SET #status = :shipped")
                    .conditionExpression("#status = :new")
                    .expressionAttributeName("#status", "status")
                    .expressionAttributeValues(Map.of(":shipped", "SHIPPED", ":new", "NEW")));
            shippedTwice = true;
        } catch (ConditionalCheckFailedException e) {
            shippedTwice = false;
        }
        // end::conditions[]
        assertThat(status).isEqualTo("SHIPPED");
        assertThat(shippedTwice).isFalse();
    }

    @Test
    void projections() {
        connection.request(new PutItem("Orders", Map.of("customer", "hugo", "id", 1, "amount", 5,
                "address", Map.of("city", "Oslo", "zip", "0150"), "lines", List.of("a", "b", "c"))));
        // tag::projections[]
        GetItemResponse response = connection.request(new GetItem("Orders", Map.of("customer", "hugo", "id", 1))
                .projectionExpression("amount, #a.city, #l[0]")
                .expressionAttributeName("#a", "address")
                .expressionAttributeName("#l", "lines"));
        Item partial = response.item();            // {amount=5, address={city=Oslo}, lines=[a]}
        // end::projections[]
        assertThat(partial).isEqualTo(Map.of("amount", BigDecimal.valueOf(5), "address", Map.of("city", "Oslo"),
                "lines", List.of("a")));
    }

    @Test
    void namesAndValues() {
        connection.request(new PutItem("Orders", Map.of("customer", "ines", "id", 1, "amount", 10)));
        // tag::namesAndValues[]
        connection.request(new UpdateItem("Orders", Map.of("customer", "ines", "id", 1))
                .updateExpression("SET #c = list_append(if_not_exists(#c, :empty), :comment) ADD amount :delta"
                        + " REMOVE #tmp")
                .expressionAttributeNames(Map.of("#c", "comments", "#tmp", "draft"))
                .expressionAttributeValue(":empty", List.of())
                .expressionAttributeValue(":comment", List.of("gift wrap"))
                .expressionAttributeValue(":delta", new BigDecimal("2.50")));
        // end::namesAndValues[]
        Item read = connection.request(new GetItem("Orders", Map.of("customer", "ines", "id", 1))).item();
        assertThat(read.getList("comments")).containsExactly("gift wrap");
        assertThat(read.getNumber("amount")).isEqualByComparingTo("12.5");
    }

    @Test
    void query() {
        Compounds.batchPutItem(connection, "Orders",
                IntStream.range(1, 6).mapToObj(i -> Map.of("customer", "jack", "id", i, "amount", i * 10)));
        // tag::query[]
        QueryResponse page = connection.request(new Query("Orders")
                .keyConditionExpression("customer = :c AND id BETWEEN :from AND :to")
                .filterExpression("amount >= :min")
                .expressionAttributeValue(":c", "jack")
                .expressionAttributeValue(":from", 1)
                .expressionAttributeValue(":to", 4)
                .expressionAttributeValue(":min", 20)
                .scanIndexForward(false)                         // newest id first
                .limit(10));
        List<Item> orders = page.items();                        // ids 4, 3, 2
        boolean more = page.hasMorePages();                      // see Compounds.iterateQuery for the rest
        // end::query[]
        assertThat(orders).extracting(o -> o.getInt("id")).containsExactly(4, 3, 2);
        assertThat(more).isFalse();
    }

    @Test
    void paginate() {
        Compounds.batchPutItem(connection, "Orders",
                IntStream.range(1, 251).mapToObj(i -> Map.of("customer", "kate", "id", i)));
        // tag::paginate[]
        Query query = new Query("Orders")
                .keyConditionExpression("customer = :c")
                .expressionAttributeValue(":c", "kate");
        long count = 0;
        for (Item order : Compounds.iterateQuery(connection, query).pageSize(100)) {   // 3 requests, lazily
            count++;
        }

        long bigScan = Compounds.iterateScan(connection, new Scan("Orders")).stream()
                .filter(item -> "kate".equals(item.getString("customer")))
                .count();
        for (ScanResponse page : Compounds.iterateScan(connection, new Scan("Orders").limit(50)).pages()) {
            int itemsOnThisPage = page.count();
        }
        // end::paginate[]
        assertThat(count).isEqualTo(250);
        assertThat(bigScan).isEqualTo(250);
    }

    @Test
    void batches() {
        // tag::batches[]
        List<Map<String, Object>> orders = IntStream.range(0, 1_000)
                .mapToObj(i -> Map.<String, Object>of("customer", "liam", "id", i, "amount", i))
                .toList();
        Compounds.batchPutItem(connection, "Orders", orders);        // 40 calls of 25, unprocessed resubmitted

        List<Map<String, Object>> keys = IntStream.range(0, 300)
                .mapToObj(i -> Map.<String, Object>of("customer", "liam", "id", i))
                .toList();
        long read = 0;
        for (Item order : Compounds.iterateBatchGetItem(connection, "Orders", keys)) {   // calls of 100 keys
            read++;
        }

        Compounds.batchDeleteItem(connection, "Orders", keys);
        // end::batches[]
        assertThat(read).isEqualTo(300);
        Query rest = new Query("Orders").keyConditionExpression("customer = :c").expressionAttributeValue(":c", "liam");
        assertThat(Compounds.iterateQuery(connection, rest).stream().count()).isEqualTo(700);
    }

    @Test
    void parallelScan() {
        Compounds.batchPutItem(connection, "Orders",
                IntStream.range(0, 200).mapToObj(i -> Map.of("customer", "mia", "id", i)));
        // tag::parallelScan[]
        long mine;
        try (ParallelScan scan = Compounds.parallelScan(connection, new Scan("Orders"), 4)) {   // 4 segments
            mine = scan.stream().filter(item -> "mia".equals(item.getString("customer"))).count();
        }
        // end::parallelScan[]
        assertThat(mine).isEqualTo(200);
    }

    @Test
    void transactions() {
        List<String> printed = new ArrayList<>();
        // tag::transactions[]
        TransactWriteItems placeOrder = new TransactWriteItems()
                .put("Orders", Map.of("customer", "nina", "id", 1, "amount", 30))
                .conditionExpression("attribute_not_exists(id)")             // applies to the put above
                .update("Orders", Map.of("customer", "nina", "id", 0))
                .updateExpression("ADD orderCount :one")
                .expressionAttributeValue(":one", 1);
        try {
            connection.request(placeOrder);
        } catch (TransactionCanceledException e) {
            printed.add("canceled: " + e.cancellationReasons());            // one reason per element
        } catch (UnknownOperationException e) {
            printed.add("this server has no transactions");                 // dynalite
        }

        TransactGetItems both = new TransactGetItems()
                .get("Orders", Map.of("customer", "nina", "id", 0))
                .get("Orders", Map.of("customer", "nina", "id", 1));
        // end::transactions[]
        assertThat(printed).containsExactly("this server has no transactions");
        assertThatThrownBy(() -> connection.request(both)).isInstanceOf(UnknownOperationException.class);
    }

    @Test
    void partiql() {
        // tag::partiql[]
        ExecuteStatement select = new ExecuteStatement("SELECT * FROM \"Orders\" WHERE customer = ? AND id > ?")
                .parameters("nina", 0);
        // List<Item> orders = connection.request(select).items();    // on DynamoDB
        // end::partiql[]
        assertThatThrownBy(() -> connection.request(select)).isInstanceOf(UnknownOperationException.class);
    }

    @Test
    void async() {
        // tag::async[]
        CompletableFuture<Item> future = connection
                .requestAsync(new PutItem("Orders", Map.of("customer", "omar", "id", 1, "amount", 9)))
                .thenCompose(put -> connection.requestAsync(new GetItem("Orders", Map.of("customer", "omar", "id", 1))))
                .thenApply(GetItemResponse::item);
        List<CompletableFuture<GetItemResponse>> many = Stream.of(1, 2, 3)
                .map(id -> connection.requestAsync(new GetItem("Orders", Map.of("customer", "omar", "id", id))))
                .toList();
        CompletableFuture.allOf(many.toArray(CompletableFuture[]::new)).join();
        Item order = future.join();           // join() wraps a failure in a CompletionException
        // end::async[]
        assertThat(order.getInt("amount")).isEqualTo(9);
        assertThat(many).allMatch(CompletableFuture::isDone);
    }

    @Test
    void transportSettings(Dynalite dynalite) {
        String endpoint = dynalite.endpoint().toString();
        // tag::transportSettings[]
        try (Connection connection = Connection.builder()
                .region("us-east-1")
                .endpoint(endpoint)
                .credentials(new StaticCredentials("AKIDEXAMPLE", "secret"))
                .transportSettings(TransportSettings.builder()
                        .connectTimeout(Duration.ofSeconds(2))          // default 10 s
                        .requestTimeout(Duration.ofSeconds(5))          // default 60 s, the whole exchange
                        .build())
                .build()) {
            connection.request(new ListTables());
        }
        // end::transportSettings[]
    }

    @Test
    void customTransport(Dynalite dynalite) {
        String endpoint = dynalite.endpoint().toString();
        // tag::customTransport[]
        try (JdkTransport transport = JdkTransport.builder()
                .settings(TransportSettings.builder().requestTimeout(Duration.ofSeconds(5)).build())
                .build();
             Connection connection = Connection.builder()
                .region("us-east-1")
                .endpoint(endpoint)
                .credentials(new StaticCredentials("AKIDEXAMPLE", "secret"))
                .transport(transport)                              // yours to close, after the connection
                .build()) {
            connection.request(new ListTables());
        }
        // end::customTransport[]
    }

    @Nested
    // tag::testing[]
    @ExtendWith(DynaliteExtension.class)
    class OrdersRepositoryTest {
        @Test
        void savesAndLoads(Connection connection) {
            connection.request(new CreateTable("OrdersRepositoryTest")
                    .hashKey("id", ScalarAttributeType.S)
                    .billingModePayPerRequest());
            Compounds.waitForTableActivation(connection, "OrdersRepositoryTest");
            connection.request(new PutItem("OrdersRepositoryTest", Map.of("id", "o-1", "amount", 3)));

            Item read = connection.request(new GetItem("OrdersRepositoryTest", Map.of("id", "o-1"))).item();

            assertThat(read.getInt("amount")).isEqualTo(3);
        }
    }
    // end::testing[]
}
