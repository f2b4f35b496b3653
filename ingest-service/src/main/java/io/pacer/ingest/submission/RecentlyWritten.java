package io.pacer.ingest.submission;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Submissions whose history this instance's request path has written, so the ledger consumer, reading the same
 * records a moment later, need not write them a second time: at 2,000 figures/s that halves the writes the shared
 * MongoDB takes. Only a hint: an id is added after both writes succeeded, the most recent {@link #CAPACITY} are
 * kept, and a record not found here (another instance's, an older one, any after a restart) is simply written, which
 * is idempotent.
 */
@Component
class RecentlyWritten {

    static final int CAPACITY = 50_000;

    private final Map<String, Boolean> ids = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void add(Collection<String> submissionIds) {
        submissionIds.forEach(id -> ids.put(id, Boolean.TRUE));
    }

    synchronized boolean contains(String submissionId) {
        return ids.containsKey(submissionId);
    }
}
