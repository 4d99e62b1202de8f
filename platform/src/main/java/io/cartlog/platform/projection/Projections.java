package io.cartlog.platform.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The event processors of this application, and for each read model its handler beans and tables. */
@Component
public class Projections {

    private final ListableBeanFactory beans;
    private final EventProcessingConfiguration processing;
    private volatile Map<String, ReadModelGroup> readModels;

    Projections(ListableBeanFactory beans, EventProcessingConfiguration processing) {
        this.beans = beans;
        this.processing = processing;
    }

    /** A read model: its processing group, the beans handling its events and the tables it owns. */
    public record ReadModelGroup(String name, List<Object> handlers, List<String> tables) {
    }

    public Set<String> names() {
        return new TreeSet<>(processing.eventProcessors().keySet());
    }

    public Optional<TrackingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class);
    }

    /** The read model of that name, empty for a group that is not one (or does not exist). */
    public Optional<ReadModelGroup> readModel(String name) {
        return Optional.ofNullable(readModels().get(name));
    }

    /** Found once: the beans of an application do not change. */
    private Map<String, ReadModelGroup> readModels() {
        Map<String, ReadModelGroup> found = readModels;
        if (found == null) {
            Map<String, List<Object>> handlers = new HashMap<>();
            Map<String, Set<String>> tables = new HashMap<>();
            for (String bean : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
                ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
                ReadModel readModel = beans.findAnnotationOnBean(bean, ReadModel.class);
                if (group != null && readModel != null) {
                    handlers.computeIfAbsent(group.value(), g -> new ArrayList<>()).add(beans.getBean(bean));
                    tables.computeIfAbsent(group.value(), g -> new LinkedHashSet<>()).addAll(List.of(readModel.tables()));
                }
            }
            found = new HashMap<>();
            for (var group : handlers.entrySet()) {
                found.put(group.getKey(), new ReadModelGroup(group.getKey(), List.copyOf(group.getValue()),
                        List.copyOf(tables.get(group.getKey()))));
            }
            readModels = Map.copyOf(found);
        }
        return readModels;
    }

    public boolean rebuildable(String name) {
        return readModel(name).isPresent();
    }
}
