/**
 * The monthly bulletin (通报) of a parent region's children, as JSON and as a Word document: growth and share
 * leaders, rank changes, the children with RED alerts, and the 红黑榜.
 */
package io.pacer.alert.analysis;
