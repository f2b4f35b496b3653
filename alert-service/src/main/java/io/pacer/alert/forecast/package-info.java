/**
 * The year-end forecasts API: forecasts of a region or of a parent's children, computed from the figures and
 * targets held in memory.
 */
package io.pacer.alert.forecast;
