/**
 * The figures read model ({@code pacer.figures} in memory, the rules' {@link io.pacer.alert.rule.RegionFigures}) and
 * its intake, which applies each poll and has the targets it touched judged.
 */
package io.pacer.alert.figure;
