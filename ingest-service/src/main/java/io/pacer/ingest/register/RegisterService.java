package io.pacer.ingest.register;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.pacer.events.Better;
import io.pacer.events.Indicator;
import io.pacer.events.ReferenceKeys;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.ledger.LedgerPublisher;
import io.pacer.ingest.register.RegisterRequests.EntityRequest;
import io.pacer.ingest.register.RegisterRequests.IndicatorRequest;
import io.pacer.ingest.register.RegisterRequests.ReferenceDocument;
import io.pacer.ingest.register.RegisterRequests.RegionRequest;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.springframework.stereotype.Service;

/**
 * Validates a register change against the registers as they would stand after it, publishes it to
 * {@code pacer.reference} (the record of truth) and applies it to the registers at the offset Kafka gave, so the
 * caller's next request already sees it.
 */
@Service
class RegisterService {

    private final RegisterStore store;
    private final LedgerPublisher publisher;
    private final Clock clock;

    RegisterService(RegisterStore store, LedgerPublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    Region putRegion(String id, RegionRequest body) {
        RegionRequest r = new RegionRequest(pathId(id, body.id(), "id"), body.name(), body.nameEn(),
                blankToNull(body.parentId()), body.level());
        reject(RegisterRules.region(r, "", store));
        return publish(region(r));
    }

    Indicator putIndicator(String code, IndicatorRequest body) {
        IndicatorRequest i = withCode(body, pathId(code, body.code(), "code"));
        reject(RegisterRules.indicator(i, "", store));
        return publish(indicator(i));
    }

    ReportingEntity putEntity(String id, EntityRequest body) {
        EntityRequest e = new EntityRequest(pathId(id, body.id(), "id"), body.name(), body.type(), body.regionId(),
                body.indicators());
        reject(RegisterRules.entity(e, "", store));
        return publish(entity(e));
    }

    /** Where element {@code index} of a document's list is, as an issue's field prefix. */
    interface Elements {

        Elements JSON = (list, index) -> list + "[" + index + "].";

        String prefix(String list, int index);
    }

    /** Validates the whole document first (all-or-nothing), then publishes regions, indicators, entities. */
    Map<String, Integer> apply(ReferenceDocument doc) {
        return apply(doc, Elements.JSON, List.of());
    }

    /**
     * As {@link #apply(ReferenceDocument)}, naming elements with {@code at}; {@code unread} are the issues found while
     * reading the document (a cell that is no enum value): they are answered together with the rules' issues, less
     * a rule's issue on a field already named there.
     */
    Map<String, Integer> apply(ReferenceDocument doc, Elements at, List<FieldIssue> unread) {
        return apply(doc, at, unread, Map.of());
    }

    /**
     * As {@link #apply(ReferenceDocument, Elements, List)}, with the sheets other features keep: by sheet, the check
     * of its rows against the registers as the document leaves them. Nothing is published when the document or any
     * sheet has an issue; otherwise the registers are published and applied first, then each sheet's change, in
     * order (a separate topic: when Kafka fails between them, the registers stay applied).
     */
    Map<String, Integer> apply(ReferenceDocument doc, Elements at, List<FieldIssue> unread,
            Map<String, Function<RegisterView, WorkbookSheet.Check>> others) {
        OverlayView view = new OverlayView(store);
        doc.regions().forEach(r -> view.put(region(r)));
        doc.indicators().forEach(i -> view.put(indicator(i)));
        doc.entities().forEach(e -> view.put(entity(e)));
        List<FieldIssue> issues = new ArrayList<>();
        for (int k = 0; k < doc.regions().size(); k++) {
            issues.addAll(RegisterRules.region(doc.regions().get(k), at.prefix("regions", k), view));
        }
        for (int k = 0; k < doc.indicators().size(); k++) {
            issues.addAll(RegisterRules.indicator(doc.indicators().get(k), at.prefix("indicators", k), view));
        }
        for (int k = 0; k < doc.entities().size(); k++) {
            issues.addAll(RegisterRules.entity(doc.entities().get(k), at.prefix("entities", k), view));
        }
        Set<String> named = new HashSet<>();
        unread.forEach(i -> named.add(i.field()));
        issues.removeIf(i -> named.contains(i.field()));
        issues.addAll(0, unread);
        Map<String, WorkbookSheet.Check> checks = new LinkedHashMap<>();
        others.forEach((sheet, check) -> checks.put(sheet, check.apply(view)));
        checks.values().forEach(check -> issues.addAll(check.issues()));
        reject(issues);
        // Parents before children, and shareOf targets before the indicators that name them.
        List<Object> records = new ArrayList<>();
        doc.regions().stream().map(RegisterService::region).sorted((a, b) -> a.level().compareTo(b.level()))
                .forEach(records::add);
        doc.indicators().stream().map(RegisterService::indicator).sorted((a, b) -> Boolean.compare(a.shareOf() != null,
                b.shareOf() != null)).forEach(records::add);
        doc.entities().stream().map(this::entity).forEach(records::add);
        List<Long> offsets = publisher.publishReferences(records);
        for (int k = 0; k < records.size(); k++) {
            store.apply(ReferenceKeys.of(records.get(k)), records.get(k), offsets.get(k));
        }
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("regions", doc.regions().size(), "indicators",
                doc.indicators().size(), "entities", doc.entities().size()));
        checks.forEach((sheet, check) -> counts.put(sheet, check.apply().getAsInt()));
        return counts;
    }

    private <T> T publish(T record) {
        long offset = publisher.publishReference(record);
        store.apply(ReferenceKeys.of(record), record, offset);
        return record;
    }

    private static Region region(RegionRequest r) {
        return new Region(r.id(), r.name(), r.nameEn(), blankToNull(r.parentId()), r.level());
    }

    private static Indicator indicator(IndicatorRequest i) {
        return new Indicator(i.code(), i.name(), i.nameEn(), i.unit(), i.basis(),
                i.better() == null ? Better.HIGHER : i.better(), blankToNull(i.shareOf()),
                i.nonNegative() == null || i.nonNegative());
    }

    private ReportingEntity entity(EntityRequest e) {
        // The registration time is kept across updates: MISSING_REPORT counts months from it.
        var registeredAt = e.id() == null ? clock.instant()
                : store.entity(e.id()).map(ReportingEntity::registeredAt).filter(Objects::nonNull).orElse(clock.instant());
        return new ReportingEntity(e.id(), e.name(), e.type(), e.regionId(), e.indicators(), registeredAt);
    }

    private static IndicatorRequest withCode(IndicatorRequest i, String code) {
        return new IndicatorRequest(code, i.name(), i.nameEn(), i.unit(), i.basis(), i.better(), i.shareOf(),
                i.nonNegative());
    }

    private static String pathId(String path, String body, String field) {
        if (body != null && !body.equals(path)) {
            throw ApiProblemException.unprocessable(List.of(new FieldIssue(field,
                    Inputs.quote(body) + " differs from the path's " + Inputs.quote(path))));
        }
        return path;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void reject(List<FieldIssue> issues) {
        if (!issues.isEmpty()) {
            throw ApiProblemException.unprocessable(issues);
        }
    }
}
