package io.pacer.alert.lifecycle;

import java.util.List;

import org.springframework.stereotype.Component;

import io.pacer.alert.reference.ReferenceListener;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.alert.target.TargetListener;

/**
 * Judges again the targets a change in reference data or in the targets themselves concerns: a region or an
 * indicator new or changed re-evaluates every target naming it, a target set live re-evaluates that target. The
 * target and reference packages tell this through their listeners, so they need not know the evaluator.
 */
@Component
class Reevaluation implements ReferenceListener, TargetListener {

    private final TargetBook targets;
    private final AlertEvaluator evaluator;

    Reevaluation(TargetBook targets, AlertEvaluator evaluator) {
        this.targets = targets;
        this.evaluator = evaluator;
    }

    @Override
    public void regionChanged(String regionId) {
        evaluator.evaluate(targets.forRegion(regionId));
    }

    @Override
    public void indicatorChanged(String code) {
        evaluator.evaluate(targets.forIndicator(code));
    }

    @Override
    public void targetChanged(Target target) {
        evaluator.evaluate(List.of(target));
    }
}
