package io.cartlog.events.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The external name of an event ({@code region.created}): the name auditors and webhook
 * subscribers see, independent of the Java class that carries it. The schema version is
 * Axon's {@code @Revision}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicEvent {

    String value();
}
