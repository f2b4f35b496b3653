package io.pacer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class InstancesTest {

    @Test
    void aLoneInstanceIsLabelledWithTheServicesNameAndSeveralAreNumberedFromOne() {
        assertThat(Instances.label("aggregate", 1, 1)).isEqualTo("aggregate");
        assertThat(Instances.label("aggregate", 1, 2)).isEqualTo("aggregate-1");
        assertThat(Instances.label("alert", 2, 2)).isEqualTo("alert-2");
    }

    @Test
    void theFirstStoppedInstanceIsNamedAndTheUrlsAreEachInstancesOwn() throws Exception {
        Process running = new ProcessBuilder("sleep", "30").start();
        Process exited = new ProcessBuilder("true").start();
        try {
            exited.waitFor();
            Instances instances = new Instances("aggregate", List.of(
                    new Service("aggregate", "aggregate-1", 8101, running, Path.of("a1.log")),
                    new Service("aggregate", "aggregate-2", 8102, exited, Path.of("a2.log"))));

            assertThat(instances.urls()).containsExactly("http://127.0.0.1:8101", "http://127.0.0.1:8102");
            assertThat(instances.stopped()).map(Service::label).contains("aggregate-2");
        } finally {
            running.destroy();
        }
    }

    @Test
    void thereIsNoGroupOfNoInstances() {
        assertThatThrownBy(() -> new Instances("alert", List.of())).hasMessage("no instance of alert");
    }
}
