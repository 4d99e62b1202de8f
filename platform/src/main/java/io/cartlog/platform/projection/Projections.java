package io.cartlog.platform.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The event processors of this application, and for each read model its handler beans and tables. */
@Component
public class Projections {

    private final ListableBeanFactory beans;
    private final EventProcessingConfiguration processing;

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
        List<Object> handlers = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        for (String bean : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
            ReadModel readModel = beans.findAnnotationOnBean(bean, ReadModel.class);
            if (group != null && group.value().equals(name) && readModel != null) {
                handlers.add(beans.getBean(bean));
                tables.addAll(List.of(readModel.tables()));
            }
        }
        return handlers.isEmpty() ? Optional.empty() : Optional.of(new ReadModelGroup(name, handlers, List.copyOf(tables)));
    }

    public boolean rebuildable(String name) {
        return readModel(name).isPresent();
    }
}
