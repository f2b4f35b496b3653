/**
 * The rules, free of Kafka and MongoDB: entities' series, year-to-date figures, growth, shares, completeness and
 * rankings of the groups (the children of one parent), recomputed from what changed; {@link
 * io.pacer.aggregate.figure.FigureEngine} is one partition's engine.
 */
package io.pacer.aggregate.figure;
