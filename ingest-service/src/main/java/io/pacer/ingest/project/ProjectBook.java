package io.pacer.ingest.project;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.pacer.events.ProjectRecord;
import org.springframework.stereotype.Component;

/**
 * The project register in memory: the newest record per project id with the {@code pacer.projects} offset it came
 * from. A record replaces the held one only if its offset is newer, so the request path (which applies what it has
 * just published) and the topic reader may apply the same record in any order and end in the topic's state. It is
 * a projection of the compacted topic: every start rebuilds it by reading the topic from the beginning
 * ({@link ProjectFeed}); until that read has reached the topic's end the book is not {@link #ready()}.
 */
@Component
public class ProjectBook {

    /** A project (null: deleted) as of {@code offset}. */
    record Version(long offset, ProjectRecord record) {
    }

    /** What an applied record changed: the regions whose counts may differ now (the old one and the new one). */
    record Change(String id, Set<String> regions) {
    }

    private final Map<String, Version> byId = new ConcurrentHashMap<>();
    private volatile boolean ready;

    /** Applies {@code record} (null: a tombstone) if it is newer than the version held; empty if it was not. */
    synchronized Optional<Change> apply(String id, ProjectRecord record, long offset) {
        Version old = byId.get(id);
        if (old != null && old.offset() >= offset) {
            return Optional.empty();
        }
        byId.put(id, new Version(offset, record));
        Set<String> regions = new HashSet<>();
        if (old != null && old.record() != null) {
            regions.add(old.record().regionId());
        }
        if (record != null) {
            regions.add(record.regionId());
        }
        return Optional.of(new Change(id, regions));
    }

    Optional<ProjectRecord> get(String id) {
        Version v = byId.get(id);
        return v == null ? Optional.empty() : Optional.ofNullable(v.record());
    }

    /** Every live project, by id. */
    List<ProjectRecord> all() {
        return byId.values().stream().map(Version::record).filter(r -> r != null)
                .sorted(Comparator.comparing(ProjectRecord::id)).toList();
    }

    /** The live projects of one region. */
    List<ProjectRecord> inRegion(String regionId) {
        return all().stream().filter(p -> p.regionId().equals(regionId)).toList();
    }

    /** The regions that have at least one live project. */
    Set<String> regions() {
        Set<String> regions = new HashSet<>();
        byId.values().forEach(v -> {
            if (v.record() != null) {
                regions.add(v.record().regionId());
            }
        });
        return regions;
    }

    /** Whether the region has a live project: then its project counts are derived, not submitted by hand. */
    public boolean hasProjects(String regionId) {
        return byId.values().stream().anyMatch(v -> v.record() != null && v.record().regionId().equals(regionId));
    }

    /** True once the topic has been read to the end it had at start-up. */
    public boolean ready() {
        return ready;
    }

    void markReady() {
        ready = true;
    }
}
