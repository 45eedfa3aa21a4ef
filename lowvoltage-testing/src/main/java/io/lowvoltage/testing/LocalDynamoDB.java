package io.lowvoltage.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class (or method) with {@link DynaliteExtension}: a shorthand for
 * {@code @ExtendWith(DynaliteExtension.class)}.
 *
 * <pre>{@code
 * @LocalDynamoDB
 * class OrdersTest {
 *     @Test
 *     void listsNoTables(Connection connection) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(DynaliteExtension.class)
public @interface LocalDynamoDB {
}
