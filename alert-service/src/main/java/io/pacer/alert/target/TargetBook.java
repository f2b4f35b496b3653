package io.pacer.alert.target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/**
 * The targets as last seen on {@code pacer.targets}, in memory: the rules look targets up per figure batch, and
 * the compacted topic gives them back whole on every start. A target written through this instance's API is
 * applied here at once as well, so a GET right after the PUT finds it.
 */
@Component
public class TargetBook {

    private static final Comparator<Target> ORDER = Comparator.comparing(Target::regionId)
            .thenComparing(Target::indicator);

    private final Map<TargetKey, Target> targets = new ConcurrentHashMap<>();

    /** Keeps the target, replacing any earlier one for its (year, region, indicator). */
    public void save(Target target) {
        targets.put(target.key(), target);
    }

    public void remove(TargetKey key) {
        targets.remove(key);
    }

    public void clear() {
        targets.clear();
    }

    public Optional<Target> find(TargetKey key) {
        return Optional.ofNullable(targets.get(key));
    }

    public List<Target> forYear(int year) {
        return select(t -> t.year() == year);
    }

    /** The targets of an indicator in any of the given years. */
    public List<Target> forIndicator(String indicator, Collection<Integer> years) {
        return select(t -> t.indicator().equals(indicator) && years.contains(t.year()));
    }

    public List<Target> forIndicator(String indicator) {
        return select(t -> t.indicator().equals(indicator));
    }

    public List<Target> forRegion(String regionId) {
        return select(t -> t.regionId().equals(regionId));
    }

    public List<Target> all() {
        return select(t -> true);
    }

    public int size() {
        return targets.size();
    }

    private List<Target> select(Predicate<Target> filter) {
        List<Target> found = new ArrayList<>();
        for (Target target : targets.values()) {
            if (filter.test(target)) {
                found.add(target);
            }
        }
        found.sort(ORDER);
        return found;
    }
}
