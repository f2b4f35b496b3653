package io.pacer.alert.figure;

import java.util.List;
import java.util.Objects;

import io.micrometer.core.annotation.Timed;
import org.springframework.stereotype.Component;

import io.pacer.alert.lifecycle.AlertEvaluator;
import io.pacer.alert.reference.ReferenceData;
import io.pacer.alert.rule.FigurePoint;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetStore;
import io.pacer.events.FigureEvent;

/**
 * Applies one figure and re-evaluates the targets it can affect: the region's own (its year, and the next year's
 * SEASONAL curve) and its siblings' (their growth standing moves with it).
 */
@Component
public class FigureIntake {

    private final FigureStore figures;
    private final TargetStore targets;
    private final ReferenceData reference;
    private final AlertEvaluator evaluator;

    FigureIntake(FigureStore figures, TargetStore targets, ReferenceData reference, AlertEvaluator evaluator) {
        this.figures = figures;
        this.targets = targets;
        this.reference = reference;
        this.evaluator = evaluator;
    }

    @Timed("pacer.alert.figure.apply")
    public void apply(FigureEvent event) {
        FigurePoint point = figures.apply(event);
        int year = point.period().year();
        for (Target target : targets.forIndicator(event.indicator(), List.of(year, year + 1))) {
            if (affects(target, point, event.indicator())) {
                evaluator.evaluate(target);
            }
        }
    }

    private boolean affects(Target target, FigurePoint point, String indicator) {
        if (target.regionId().equals(point.regionId())) {
            return true;
        }
        if (point.parentId() == null || target.year() != point.period().year()) {
            return false;
        }
        String parent = reference.parentOf(target.regionId());
        if (parent == null) {
            FigurePoint own = figures.figure(target.regionId(), indicator, point.period());
            parent = own == null ? null : own.parentId();
        }
        return Objects.equals(parent, point.parentId());
    }
}
