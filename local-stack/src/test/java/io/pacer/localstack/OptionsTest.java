package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void readsValuesInBothFormsFlagsAndPositionalWords() {
        Options options = new Options(new String[] {"tail", "pacer.submissions", "--bootstrap", "h:1", "--idle-seconds=7",
                "-f"}, Set.of("-f"));

        assertThat(options.positional()).containsExactly("tail", "pacer.submissions");
        assertThat(options.string("bootstrap", "x")).isEqualTo("h:1");
        assertThat(options.integer("idle-seconds", 3)).isEqualTo(7);
        assertThat(options.flag("-f")).isTrue();
        assertThat(options.port("port", 9092)).isEqualTo(9092);
    }

    @Test
    void aPortThatIsNotANumberOrOutOfRangeIsRefusedWithItsName() {
        assertThatThrownBy(() -> new Options(new String[] {"--port", "ninety"}, Set.of()).port("port", 1))
                .hasMessage("--port must be a whole number, not 'ninety'");
        assertThatThrownBy(() -> new Options(new String[] {"--port=70000"}, Set.of()).port("port", 1))
                .hasMessage("--port must be a port number, not 70000");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> new Options(new String[] {"kafka", "--dir"}, Set.of()))
                .hasMessage("option --dir needs a value");
    }
}
