package io.pacer.aggregate.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DashboardPropertiesTest {

    @Test
    void anOriginIsKeptWithoutItsTrailingSlash() {
        DashboardProperties p = new DashboardProperties("https://alert.example:8443/", "http://10.0.0.5:8081");
        assertThat(p.alertUrl()).isEqualTo("https://alert.example:8443");
        assertThat(p.ingestUrl()).isEqualTo("http://10.0.0.5:8081");
    }

    /** The values end up in the Content-Security-Policy header and the page's fetches: only a plain origin will do. */
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "http://a.example/path", "http://a.example?x=1",
            "http://user:pw@a.example", "a.example:8083", "http://a.example; script-src *", "ftp://a.example"})
    void anythingButAnHttpOriginFailsStartUp(String value) {
        assertThatThrownBy(() -> new DashboardProperties(value, "http://localhost:8081"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pacer.dashboard.alert-url");
    }
}
