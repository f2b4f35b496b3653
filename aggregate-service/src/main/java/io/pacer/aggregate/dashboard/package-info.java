/**
 * The statistics office's dashboard: static pages served with their content security policy.
 */
package io.pacer.aggregate.dashboard;
