package io.pacer.ingest.inbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pacer.ingest.submission.SubmissionRequest;

import static org.assertj.core.api.Assertions.assertThat;

class InboxKeysTest {

    private static SubmissionRequest submission(String note, SubmissionRequest.Figure... figures) {
        return new SubmissionRequest("e1", "2026-02", List.of(figures), note);
    }

    private static SubmissionRequest.Figure figure(String indicator, String value, String prior) {
        return new SubmissionRequest.Figure(indicator, new BigDecimal(value), prior == null ? null
                : new BigDecimal(prior));
    }

    @Test
    void aKeyNeverAcceptedIsNewAndOnceAcceptedInThePollTheSameContentIsADuplicate() {
        InboxKeys keys = new InboxKeys(Map.of());
        String id = InboxKeys.id("e1", "k1");

        assertThat(keys.decide(id, "h1")).isEqualTo(InboxKeys.Decision.NEW);
        keys.accepted(id, "h1");

        assertThat(keys.decide(id, "h1")).isEqualTo(InboxKeys.Decision.DUPLICATE);
        assertThat(keys.decide(id, "h2")).isEqualTo(InboxKeys.Decision.CONFLICT);
    }

    @Test
    void aKeyStoredInMongoWithOtherContentIsAConflict() {
        InboxKeys keys = new InboxKeys(Map.of(InboxKeys.id("e1", "k1"), "h1"));

        assertThat(keys.decide(InboxKeys.id("e1", "k1"), "h1")).isEqualTo(InboxKeys.Decision.DUPLICATE);
        assertThat(keys.decide(InboxKeys.id("e1", "k1"), "h2")).isEqualTo(InboxKeys.Decision.CONFLICT);
        assertThat(keys.decide(InboxKeys.id("e2", "k1"), "h2")).isEqualTo(InboxKeys.Decision.NEW);
    }

    @Test
    void theKeyIdIsUnambiguousWhateverTheEntityIdAndKeyHold() {
        assertThat(InboxKeys.id("e1:2", "k")).isNotEqualTo(InboxKeys.id("e1", "2:k"));
    }

    @Test
    void theSubmissionIdOfAKeyIsTheSameOnEverySendAndDiffersBetweenKeys() {
        String id = InboxKeys.submissionId(InboxKeys.id("e1", "k1"));

        assertThat(id).isEqualTo(InboxKeys.submissionId(InboxKeys.id("e1", "k1")));
        assertThat(id).isNotEqualTo(InboxKeys.submissionId(InboxKeys.id("e1", "k2")));
        assertThat(java.util.UUID.fromString(id).version()).isEqualTo(3);
    }

    @Test
    void contentIsTheSameWhateverTheFigureOrderAndTheTrailingZerosOfNumbers() {
        String hash = InboxKeys.contentHash(submission("n", figure("a", "1.50", null), figure("b", "2", "1")));

        assertThat(InboxKeys.contentHash(submission("n", figure("b", "2.000", "1.0"), figure("a", "1.5", null))))
                .isEqualTo(hash);
    }

    @Test
    void contentDiffersWhenAValueAPriorYearValueOrTheNoteDiffers() {
        String hash = InboxKeys.contentHash(submission("n", figure("a", "1", null)));

        assertThat(InboxKeys.contentHash(submission("n", figure("a", "2", null)))).isNotEqualTo(hash);
        assertThat(InboxKeys.contentHash(submission("n", figure("a", "1", "1")))).isNotEqualTo(hash);
        assertThat(InboxKeys.contentHash(submission(null, figure("a", "1", null)))).isNotEqualTo(hash);
        assertThat(InboxKeys.contentHash(new SubmissionRequest("e1", "2026-03", List.of(figure("a", "1", null)),
                "n"))).isNotEqualTo(hash);
    }

    @Test
    void contentWithMissingPartsStillHasAHash() {
        assertThat(InboxKeys.contentHash(new SubmissionRequest(null, null, null, null))).hasSize(64);
        assertThat(InboxKeys.contentHash(new SubmissionRequest("e1", "2026-02",
                java.util.Arrays.asList((SubmissionRequest.Figure) null), null))).hasSize(64);
    }
}
