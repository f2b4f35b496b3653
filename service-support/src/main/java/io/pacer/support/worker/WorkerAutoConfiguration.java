package io.pacer.support.worker;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The {@link WorkerWatchdog}, as the {@code workers} health indicator. {@code pacer.workers.exit-on-error}
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
}
