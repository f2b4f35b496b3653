/**
 * The project register ({@code pacer.projects}): its endpoints, rules, access and workbook sheet, the in-memory
 * book read from the topic, and the project counts it publishes on the ledger as the figures of each region's
 * derived entity.
 */
package io.pacer.ingest.project;
