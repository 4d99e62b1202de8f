package io.cartlog.platform.eventstore;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Gives dead-lettered events another try, oldest sequence first, until one fails again. */
@Component
class DeadLetterRetrier {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetrier.class);

    private final EventProcessingConfiguration processing;

    DeadLetterRetrier(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Scheduled(initialDelayString = "${cartlog.dead-letters.retry-interval:30s}",
            fixedDelayString = "${cartlog.dead-letters.retry-interval:30s}")
    void retryDeadLetters() {
        processing.eventProcessors().keySet().forEach(group ->
                processing.sequencedDeadLetterProcessor(group).ifPresent(processor -> retry(group, processor)));
    }

    private static void retry(String group, SequencedDeadLetterProcessor<?> processor) {
        try {
            while (processor.processAny()) {
                log.info("Processing group {} recovered a dead-lettered event sequence", group);
            }
        } catch (RuntimeException e) {
            log.warn("Retrying dead letters of {} failed: {}", group, e.toString());
        }
    }
}
