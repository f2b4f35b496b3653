/**
 * Who hears which transitions and how: subscriptions, silences, deliveries by webhook, robot and e-mail (with
 * retries, signatures and the address guard), daily digests, and the live feed {@code GET /api/v1/alerts/stream}.
 */
package io.pacer.alert.notify;
