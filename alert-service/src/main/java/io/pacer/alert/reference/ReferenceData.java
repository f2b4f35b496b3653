package io.pacer.alert.reference;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.pacer.events.Better;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionTree;
import io.pacer.events.ReportingEntity;
import io.pacer.support.reference.ReferenceReplica;

/**
 * Regions, indicators and entities as last seen on {@code pacer.reference}: a view over the service's
 * {@link ReferenceReplica}, rebuilt from the compacted topic on every start. Rules need an indicator's direction;
 * targets need a known region and indicator; officials see region subtrees.
 */
@Component
public class ReferenceData {

    private final ReferenceReplica replica;

    public ReferenceData(ReferenceReplica replica) {
        this.replica = replica;
    }

    /** The replica this view reads; {@link ReferenceIntake} applies the topic's records to it. */
    public ReferenceReplica replica() {
        return replica;
    }

    public Optional<ReportingEntity> entity(String id) {
        return replica.entity(id);
    }

    /** Every entity known, by id. */
    public Collection<ReportingEntity> entities() {
        return replica.entities();
    }

    /** Waits up to {@code wait} until the region and indicator are both known; true if they are. */
    public boolean awaitKnown(String regionId, String indicatorCode, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!(replica.region(regionId).isPresent() && replica.indicator(indicatorCode).isPresent())) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public Optional<Region> region(String id) {
        return replica.region(id);
    }

    /** The region hierarchy as held now (it follows every record the replica applies). */
    public RegionTree tree() {
        return replica.tree();
    }

    public Optional<Indicator> indicator(String code) {
        return replica.indicator(code);
    }

    /** The indicator's direction, or null while it is unknown. */
    public Better better(String code) {
        return replica.indicator(code).map(Indicator::better).orElse(null);
    }

    /** The regions whose parent is {@code parentId}, by id. */
    public List<Region> children(String parentId) {
        return replica.tree().children(parentId).stream().map(replica::region).flatMap(Optional::stream).toList();
    }

    /** Every indicator known, by code. */
    public List<Indicator> indicators() {
        return replica.indicators();
    }

    public String parentOf(String regionId) {
        return replica.region(regionId).map(Region::parentId).orElse(null);
    }

    /** The regions themselves and every region below them ({@link RegionTree#subtree}). */
    public Set<String> subtrees(Set<String> roots) {
        Set<String> found = new HashSet<>();
        roots.forEach(root -> found.addAll(replica.tree().subtree(root)));
        return found;
    }
}
