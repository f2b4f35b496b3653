package io.pacer.support.worker;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link WorkerWatchdog}, as the {@code workers} health indicator, with the scheduler's and the Kafka
 * consumers' deaths reported to it ({@link SchedulerWatch}, {@link ConsumerWatch}). {@code pacer.workers.exit-on-error}
 * (default true) lets an Error in a worker end the process; tests that provoke one turn it off.
 */
@AutoConfiguration
public class WorkerAutoConfiguration {

    @Bean(name = "workers")
    @ConditionalOnMissingBean(WorkerWatchdog.class)
    WorkerWatchdog workerWatchdog(ConfigurableApplicationContext context,
            @Value("${pacer.workers.exit-on-error:true}") boolean exitOnError) {
        return new WorkerWatchdog(context, exitOnError);
    }

    @Bean
    SchedulerWatch schedulerWatch(WorkerWatchdog watchdog) {
        return new SchedulerWatch(watchdog);
    }

    /** Only where spring-kafka is on the class path (every Pacer service). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.kafka.event.ConsumerStoppedEvent")
    static class Consumers {

        @Bean
        ConsumerWatch consumerWatch(WorkerWatchdog watchdog) {
            return new ConsumerWatch(watchdog);
        }
    }
}
