package io.pacer.ingest.register;

import java.util.List;
import java.util.Map;

import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.register.RegisterRequests.EntityRequest;
import io.pacer.ingest.register.RegisterRequests.IndicatorRequest;
import io.pacer.ingest.register.RegisterRequests.ReferenceDocument;
import io.pacer.ingest.register.RegisterRequests.RegionRequest;
import io.pacer.support.web.ApiProblemException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Regions, indicators and reporting units. Writes: STATISTICS; reads: any valid token (see RegisterSecurity). */
@RestController
@RequestMapping("/api/v1")
class RegisterController {

    private final RegisterService service;
    private final RegisterStore store;

    RegisterController(RegisterService service, RegisterStore store) {
        this.service = service;
        this.store = store;
    }

    @PutMapping(path = "/regions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Region putRegion(@PathVariable String id, @RequestBody RegionRequest body) {
        return service.putRegion(id, body);
    }

    @GetMapping("/regions/{id}")
    Region region(@PathVariable String id) {
        return store.region(id).orElseThrow(() -> ApiProblemException.notFound("id", "unknown region " + Inputs.quote(id)));
    }

    @GetMapping("/regions")
    List<Region> regions() {
        return store.regions();
    }

    @PutMapping(path = "/indicators/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Indicator putIndicator(@PathVariable String code, @RequestBody IndicatorRequest body) {
        return service.putIndicator(code, body);
    }

    @GetMapping("/indicators/{code}")
    Indicator indicator(@PathVariable String code) {
        return store.indicator(code)
                .orElseThrow(() -> ApiProblemException.notFound("code", "unknown indicator " + Inputs.quote(code)));
    }

    @GetMapping("/indicators")
    List<Indicator> indicators() {
        return store.indicators();
    }

    @PutMapping(path = "/entities/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportingEntity putEntity(@PathVariable String id, @RequestBody EntityRequest body) {
        return service.putEntity(id, body);
    }

    @GetMapping("/entities/{id}")
    ReportingEntity entity(@PathVariable String id) {
        return store.entity(id).orElseThrow(() -> ApiProblemException.notFound("id", "unknown entity " + Inputs.quote(id)));
    }

    @GetMapping("/entities")
    List<ReportingEntity> entities() {
        return store.entities();
    }

    @PostMapping(path = "/reference", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> reference(@RequestBody ReferenceDocument document) {
        return service.apply(document);
    }
}
