package io.pacer.aggregate.dashboard;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The addresses the dashboard's script calls, from this server's configuration (open: they are not secret). */
@RestController
class DashboardController {

    private final DashboardProperties properties;

    DashboardController(DashboardProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/dashboard/config")
    Map<String, String> config() {
        return Map.of("alertUrl", properties.alertUrl(), "ingestUrl", properties.ingestUrl());
    }
}
