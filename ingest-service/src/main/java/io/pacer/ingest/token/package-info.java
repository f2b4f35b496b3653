/**
 * Creating and revoking API tokens (only their hash is kept) and installing the bootstrap token before the service
 * reports ready.
 */
package io.pacer.ingest.token;
