/**
 * The alert rules as pure judgements of one target's figures into verdicts, with what they read: the figure read
 * model's port ({@link io.pacer.alert.rule.RegionFigures}), the rule input assembled from it, and the year-end
 * forecast that FORECAST_MISS judges.
 */
package io.pacer.alert.rule;
