package io.cartlog.query.audit;

import io.cartlog.events.common.PublicEvent;
import io.cartlog.platform.web.ApiException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published event types by external name ({@code cart.line_item_added}), found once on the
 * classpath: how a type filter on the feed becomes the stored payload types it selects.
 */
@Component
class EventTypes {

    private static final String EVENTS_PACKAGE = "io.cartlog.events";

    /** External name to the Java class name stored in {@code payload_type}. */
    private final Map<String, String> storedTypes = new TreeMap<>();

    EventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(PublicEvent.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents(EVENTS_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
            storedTypes.put(type.getAnnotation(PublicEvent.class).value(), type.getName());
        }
    }

    Set<String> names() {
        return storedTypes.keySet();
    }

    /**
     * The stored payload types the patterns select: exact names or a trailing {@code *}
     * ({@code cart.*}); a pattern that matches nothing is a client error, not an empty feed.
     */
    Set<String> storedTypes(Collection<String> patterns) {
        Set<String> selected = new TreeSet<>();
        for (String pattern : patterns) {
            List<String> matches = storedTypes.keySet().stream().filter(name -> matches(pattern, name)).toList();
            if (matches.isEmpty()) {
                throw ApiException.invalidData("Unknown event type '" + pattern + "'");
            }
            matches.forEach(name -> selected.add(storedTypes.get(name)));
        }
        return selected;
    }

    private static boolean matches(String pattern, String name) {
        if (pattern.equals("*")) {
            return true;
        }
        return pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1))
                : name.equals(pattern);
    }
}
