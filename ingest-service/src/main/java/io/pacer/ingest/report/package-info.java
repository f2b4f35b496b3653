/**
 * The reporters' page and what it reads: who a token is, an entity's month as a form or as an Excel template to
 * fill in, and the page's content security policy.
 */
package io.pacer.ingest.report;
