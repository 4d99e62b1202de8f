package io.cartlog.platform.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Next to {@code @ProcessingGroup}: the group is a read model that owns these tables and nothing
 * else, so it can be rebuilt from the first event into copies of them and swapped in. Groups
 * without it (webhook delivery, sagas, command-side reactions) have side effects and are never
 * rebuilt.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadModel {

    /** The tables the group's handlers write, unqualified, as the migrations name them. */
    String[] tables();
}
