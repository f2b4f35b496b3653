package io.pacer.alert.missing;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.position.Incoming;
import io.pacer.alert.position.Positions;
import io.pacer.alert.position.Restorable;
import io.pacer.events.LedgerDecoder;
import io.pacer.events.Period;
import io.pacer.events.SubmissionRecord;
import io.pacer.events.Topics;
import io.pacer.support.kafka.PoisonRecordException;

/**
 * Applies a poll of the ledger to the {@link ReportBook} and re-checks MISSING_REPORT once per (entity,
 * indicator, year) it touched. A record that can't be read stops the poll there: what came before it is applied,
 * and the error handler sends it alone to {@code pacer.submissions.dlq} and delivers the rest again.
 */
@Component
public class SubmissionIntake implements Restorable {

    private final ReportBook reports;
    private final MissingReports missing;
    private final AlertEvaluator evaluator;
    private final Positions positions;
    /** The decoder every ledger consumer uses, so all refuse the same records. */
    private final LedgerDecoder decoder = LedgerDecoder.withoutWarnings();

    SubmissionIntake(ReportBook reports, MissingReports missing, AlertEvaluator evaluator, Positions positions) {
        this.reports = reports;
        this.missing = missing;
        this.evaluator = evaluator;
        this.positions = positions;
    }

    public void apply(List<Incoming> records) {
        Set<MissingReports.ReportKey> touched = new LinkedHashSet<>();
        Map<Integer, Long> next = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Incoming record = records.get(i);
            SubmissionRecord submission;
            try {
                submission = decode(record.value());
            } catch (RuntimeException e) {
                judge(touched, next);
                throw new PoisonRecordException("unreadable ledger record: " + e.getMessage(), e).inBatchAt(i);
            }
            Period period = Period.parse(submission.period());
            reports.apply(submission.entityId(), submission.indicator(), period, record.partition());
            touched.add(new MissingReports.ReportKey(submission.entityId(), submission.indicator(), period.year()));
            next.merge(record.partition(), record.offset() + 1, Math::max);
        }
        judge(touched, next);
    }

    @Override
    public String topic() {
        return Topics.SUBMISSIONS;
    }

    @Override
    public void restore(byte[] value, int partition) {
        try {
            SubmissionRecord submission = decode(value);
            reports.apply(submission.entityId(), submission.indicator(), Period.parse(submission.period()), partition);
        } catch (RuntimeException e) {
            // it went to the dead-letter topic when it was live
        }
    }

    @Override
    public void restoring(int partition, boolean underway) {
        reports.restoring(partition, underway);
    }

    @Override
    public void owned(Set<Integer> partitions, int partitionCount) {
        reports.owned(partitions, partitionCount);
    }

    @Override
    public void forget(int partition) {
        reports.forget(partition);
    }

    private void judge(Set<MissingReports.ReportKey> touched, Map<Integer, Long> next) {
        evaluator.exclusively(() -> {
            missing.recheck(touched);
            positions.save(Topics.SUBMISSIONS, next);
        });
    }

    private SubmissionRecord decode(byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException("no value");
        }
        SubmissionRecord record = decoder.decode(value);
        if (record.entityId() == null || record.indicator() == null || record.period() == null) {
            throw new IllegalArgumentException("entityId, indicator and period are required");
        }
        Period.parse(record.period());
        return record;
    }
}
