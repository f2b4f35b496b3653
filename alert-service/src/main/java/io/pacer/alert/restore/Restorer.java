package io.pacer.alert.restore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.pacer.alert.figure.FigureBook;
import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.position.Positions;
import io.pacer.alert.position.Restorable;
import io.pacer.alert.project.ProjectBook;
import io.pacer.alert.project.ProjectIntake;
import io.pacer.alert.target.TargetBook;
import io.pacer.alert.target.TargetIntake;
import io.pacer.events.Topics;

/**
 * Brings the in-memory state back from the topics. {@code pacer.figures} and {@code pacer.submissions}: a
 * partition assigned to this instance is read from its beginning up to its stored position into memory without
 * judging anything (that was judged before), and its consumer goes on from that position. {@code pacer.targets}:
 * the compacted topic is read to its end, and the consumer goes on from there, judging only what is new.
 * {@code pacer.projects} likewise, and then every project is judged once (SIGN_TO_PILE counts days, which went on
 * while the service was down).
 */
@Component
public class Restorer {

    private static final Logger log = LoggerFactory.getLogger(Restorer.class);
    private static final Duration TARGETS_WAIT = Duration.ofMinutes(2);

    private final TopicRestore topics;
    private final Map<String, Restorable> states = new HashMap<>();
    private final FigureBook book;
    private final Positions positions;
    private final TargetBook targetBook;
    private final TargetIntake targets;
    private final AlertEvaluator evaluator;
    private final ProjectIntake projects;
    private final ProjectBook projectBook;
    private final Set<TopicPartition> owned = new HashSet<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final CountDownLatch targetsRestored = new CountDownLatch(1);

    Restorer(TopicRestore topics, List<Restorable> states, FigureBook book, Positions positions,
            TargetBook targetBook, TargetIntake targets, AlertEvaluator evaluator, ProjectIntake projects,
            ProjectBook projectBook) {
        this.topics = topics;
        states.forEach(state -> this.states.put(state.topic(), state));
        this.book = book;
        this.positions = positions;
        this.targetBook = targetBook;
        this.targets = targets;
        this.evaluator = evaluator;
        this.projects = projects;
        this.projectBook = projectBook;
    }

    /**
     * Restores assigned partitions of a judged topic ({@code partitionCount} partitions in all); returns where the
     * consumer goes on (null: the beginning). Figures wait for the targets to be restored first: judged without
     * their target, a figure would be passed over for good (its position is stored all the same). The alerts are
     * read again from MongoDB: those of partitions taken over were judged by another instance until now.
     */
    public Map<TopicPartition, Long> assigned(String topic, Collection<TopicPartition> partitions,
            Map<TopicPartition, Long> ends, int partitionCount) {
        if (topic.equals(Topics.FIGURES)) {
            awaitTargets();
        }
        Restorable state = states.get(topic);
        Map<Integer, Long> stored = positions.load(topic);
        Map<TopicPartition, Long> resume = new HashMap<>();
        Map<TopicPartition, Long> until = new HashMap<>();
        for (TopicPartition tp : partitions) {
            Long next = stored.get(tp.partition());
            resume.put(tp, next);
            if (next != null) {
                until.put(tp, Math.min(next, ends.getOrDefault(tp, next)));
            }
        }
        evaluator.exclusively(() -> partitions.forEach(tp -> {
            state.forget(tp.partition());
            state.restoring(tp.partition(), true);
        }));
        try {
            long started = System.nanoTime();
            long read = topics.read(until, evaluator::exclusively, r -> state.restore(r.value(), r.partition()));
            log.info("Restored {} records of {} in {} ms", read, partitions, (System.nanoTime() - started) / 1_000_000);
        } finally {
            evaluator.exclusively(() -> partitions.forEach(tp -> state.restoring(tp.partition(), false)));
        }
        synchronized (owned) {
            owned.addAll(partitions);
            counts.put(topic, partitionCount);
        }
        evaluator.exclusively(() -> {
            evaluator.reloadAlerts();
            state.owned(ownedPartitions(topic), partitionCount);
        });
        return resume;
    }

    /**
     * Forgets revoked partitions; the readings held in memory only are written first, so whoever takes the
     * partitions over reads them.
     */
    public void revoked(String topic, Collection<TopicPartition> partitions) {
        synchronized (owned) {
            owned.removeAll(partitions);
        }
        Restorable state = states.get(topic);
        evaluator.exclusively(() -> {
            evaluator.flushReadings();
            partitions.forEach(tp -> state.forget(tp.partition()));
            state.owned(ownedPartitions(topic), counts.getOrDefault(topic, 0));
        });
    }

    private Set<Integer> ownedPartitions(String topic) {
        return owned(topic).stream().map(TopicPartition::partition).collect(Collectors.toSet());
    }

    public boolean restores(String topic) {
        return states.containsKey(topic);
    }

    /** Reads the targets up to {@code ends} without judging; the consumer goes on from there. */
    public void targetsAssigned(Map<TopicPartition, Long> ends) {
        long read = topics.read(ends, evaluator::exclusively, r -> targets.restore(
                r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8), r.value()));
        log.info("Restored {} target records; {} targets", read, targetBook.size());
        targetsRestored.countDown();
    }

    /** Reads the projects up to {@code ends} without judging, then judges them all once; the consumer goes on. */
    public void projectsAssigned(Map<TopicPartition, Long> ends) {
        projects.restoring(true);
        long read = topics.read(ends, evaluator::exclusively, r -> projects.restore(
                r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8), r.value()));
        log.info("Restored {} project records; {} projects", read, projectBook.size());
        projects.restoring(false);
    }

    private void awaitTargets() {
        try {
            if (!targetsRestored.await(TARGETS_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("pacer.targets not restored after {}; judging figures without them", TARGETS_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Forgets the figures, targets and projects, reads them again from the topics and judges every target and
     * project once on the result: alerts change only if what was in memory differed from the topics. Returns what
     * was read.
     */
    public Map<String, Object> rebuild(Map<TopicPartition, Long> figureEnds, Map<TopicPartition, Long> targetEnds,
            Map<TopicPartition, Long> projectEnds) {
        Map<String, Object> summary = new HashMap<>();
        Restorable figures = states.get(Topics.FIGURES);
        evaluator.exclusively(() -> {
            Map<Integer, Long> stored = positions.load(Topics.FIGURES);
            Map<TopicPartition, Long> until = new HashMap<>();
            figureEnds.forEach((tp, end) -> until.put(tp, Math.min(end, stored.getOrDefault(tp.partition(), 0L))));
            book.clear();
            targetBook.clear();
            long figureRecords = topics.read(until, Runnable::run, r -> figures.restore(r.value(), r.partition()));
            long targetRecords = topics.read(targetEnds, Runnable::run, r -> targets.restore(
                    r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8), r.value()));
            int transitions = evaluator.evaluate(targetBook.all()).size();
            projects.restoring(true);
            long projectRecords = topics.read(projectEnds, Runnable::run, r -> projects.restore(
                    r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8), r.value()));
            transitions += projects.restoring(false);
            summary.put("projectRecords", projectRecords);
            summary.put("projects", projectBook.size());
            summary.put("figureEvents", figureRecords);
            summary.put("targetRecords", targetRecords);
            summary.put("targets", targetBook.size());
            summary.put("series", book.size());
            summary.put("transitions", transitions);
        });
        return summary;
    }

    /** The partitions of {@code topic} this instance owns now. */
    public Set<TopicPartition> owned(String topic) {
        synchronized (owned) {
            return owned.stream().filter(tp -> tp.topic().equals(topic)).collect(Collectors.toSet());
        }
    }
}
