package io.pacer.support.worker;


import org.springframework.context.event.EventListener;
import org.springframework.kafka.event.ConsumerStoppedEvent;

/**
 * The consumer threads are the listener containers', not ours, but they are workers too: a container stops its
 * consumer for good when an Error escapes the listener (out of memory while applying a batch), and the instance would
 * then read nothing while answering UP. Such a stop is reported to the watchdog as an Error, so the process ends;
 * a normal stop (shutdown, a rebuild stopping the bindings) is not a death.
 */
public class ConsumerWatch {

    private final WorkerWatchdog watchdog;

    public ConsumerWatch(WorkerWatchdog watchdog) {
        this.watchdog = watchdog;
    }

    @EventListener
    void stopped(ConsumerStoppedEvent event) {
        ConsumerStoppedEvent.Reason reason = event.getReason();
        if (reason == ConsumerStoppedEvent.Reason.ERROR || reason == ConsumerStoppedEvent.Reason.ABNORMAL) {
            watchdog.died("kafka-consumer " + event.getSource(),
                    new InternalError("the listener container stopped its consumer: " + reason));
        }
    }
}
