/**
 * Submissions from HTTP (JSON, CSV, xlsx): the checks and rules every submission passes whichever way it came in,
 * its ledger records with their warnings, and the history that the ledger consumer projects into MongoDB. Figures
 * derived elsewhere are refused through {@link io.pacer.ingest.submission.DerivedIndicators}, which their owner
 * implements.
 */
package io.pacer.ingest.submission;
