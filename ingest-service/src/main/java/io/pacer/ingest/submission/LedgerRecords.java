package io.pacer.ingest.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pacer.events.Indicator;
import io.pacer.events.Period;
import io.pacer.events.Region;
import io.pacer.events.ReportingEntity;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Warning;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.ledger.LedgerPosition;
import io.pacer.ingest.register.RegisterStore;
import org.springframework.stereotype.Component;

/**
 * Turns checked submissions into their ledger records (one per figure, with the warnings of {@link WarningRules},
 * later submissions of the same group comparing with earlier ones), and writes the history of committed records
 * to MongoDB. That write is best effort: the records are on the ledger, and the ledger consumer writes what failed.
 */
@Component
public class LedgerRecords {

    private static final Logger log = LoggerFactory.getLogger(LedgerRecords.class);

    /** The ledger records of a group, in order, the note of each record's submission, and the located warnings. */
    public record Built(List<SubmissionRecord> records, List<String> notes, List<Warning> warnings) {
    }

    private final RegisterStore registers;
    private final HistoryStore history;
    private final LatestFigures figures;
    private final RequestPathWrites requestPathWrites;
    private final IngestProperties properties;
    private final MeterRegistry meters;

    LedgerRecords(RegisterStore registers, HistoryStore history, LatestFigures figures,
            RequestPathWrites requestPathWrites, IngestProperties properties, MeterRegistry meters) {
        this.registers = registers;
        this.history = history;
        this.figures = figures;
        this.requestPathWrites = requestPathWrites;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * The records of submissions that passed {@link SubmissionChecks}, each a whole JSON document, under the given
     * submission ids. Reads the stored figures the warnings compare with (MongoDB: may throw).
     */
    public Built build(List<SubmissionRequest> submissions, List<String> ids, Instant acceptedAt) {
        return buildLocated(submissions.stream().map(SubmissionService.Located::root).toList(), ids, acceptedAt);
    }

    Built buildLocated(List<SubmissionService.Located> items, List<String> ids, Instant acceptedAt) {
        RequestFigures lookup = new RequestFigures(items, figures);
        List<SubmissionRecord> records = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Warning> located = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            SubmissionService.Located item = items.get(k);
            SubmissionRequest s = item.submission();
            ReportingEntity entity = registers.entity(s.entityId()).orElseThrow();
            Region region = registers.region(entity.regionId()).orElseThrow(() -> new IllegalStateException(
                    "entity " + entity.id() + " hangs on unknown region " + entity.regionId()));
            Period period = Period.parse(s.period());
            boolean late = properties.deadline().isLate(period, acceptedAt);
            for (int i = 0; i < s.figures().size(); i++) {
                SubmissionRequest.Figure f = s.figures().get(i);
                Indicator indicator = registers.indicator(f.indicator()).orElseThrow();
                List<Warning> warnings = WarningRules.check(entity.id(), indicator.code(), indicator.basis(), period,
                        f, i, lookup, properties.warningRatio());
                for (Warning w : warnings) {
                    String name = w.field().substring(w.field().indexOf('.') + 1);
                    located.add(new Warning(w.code(), item.at().figure(i, name), w.message()));
                }
                records.add(new SubmissionRecord(ids.get(k), entity.id(), region.id(), region.parentId(),
                        indicator.code(), indicator.basis(), s.period(), f.value(), f.priorYearValue(), acceptedAt,
                        warnings, late));
                notes.add(s.note());
                lookup.accepted(entity.id(), indicator.code(), s.period(),
                        new FigureLookup.Recorded(f.value(), f.priorYearValue()));
            }
        }
        return new Built(records, notes, located);
    }

    /**
     * Writes the history and latest figures of records committed at {@code positions}. A failure is logged and
     * counted, not thrown: the ledger consumer then applies them (without their notes, which only the writer has).
     */
    public void recordHistory(List<SubmissionRecord> records, List<LedgerPosition> positions, List<String> notes) {
        List<Long> offsets = positions.stream().map(LedgerPosition::offset).toList();
        requestPathWrites.writing(positions);
        try {
            history.applyAll(records, offsets, notes);
            figures.write(records, offsets);
            requestPathWrites.written(positions);
        }
        catch (RuntimeException e) {
            requestPathWrites.failed(positions);
            meters.counter("pacer.history.write.failures").increment();
            log.error("history write failed after the ledger commit; the ledger consumer will apply it", e);
        }
    }
}
