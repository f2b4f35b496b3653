package io.pacer.alert.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import io.pacer.alert.position.LedgerOwnership;
import io.pacer.events.Period;

class ReportBookOwnershipTest {

    private static int partitionOf(String key, int count) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % count;
    }

    @Test
    void anEntityBelongsToTheOwnerOfItsParentRegionsLedgerPartition() {
        ReportBook mine = new ReportBook(new LedgerOwnership());
        ReportBook theirs = new ReportBook(new LedgerOwnership());
        int d1 = partitionOf("d1", 4);
        mine.owned(Set.of(d1), 4);
        theirs.owned(IntStream.range(0, 4).filter(p -> p != d1).boxed().collect(Collectors.toSet()), 4);

        assertThat(mine.owns("e1", "d1")).isTrue();
        assertThat(theirs.owns("e1", "d1")).isFalse();
    }

    @Test
    void noEntityIsOwnedBeforeAnyPartitionIsAssigned() {
        assertThat(new ReportBook(new LedgerOwnership()).owns("e1", "d1")).isFalse();
    }

    @Test
    void anEntityOfARootRegionBelongsToTheOwnerOfPartitionZero() {
        ReportBook book = new ReportBook(new LedgerOwnership());
        book.owned(Set.of(0), 2);
        assertThat(book.owns("e-city", null)).isTrue();
        book.owned(Set.of(1), 2);
        assertThat(book.owns("e-city", null)).isFalse();
    }

    @Test
    void anEntityWhoseRecordsCameOnAnOwnedPartitionIsOwnedUntilThePartitionIsForgotten() {
        ReportBook book = new ReportBook(new LedgerOwnership());
        int other = 1 - partitionOf("d1", 2);
        book.owned(Set.of(other), 2);
        book.apply("e-moved", "projects_completed", new Period(2026, 1), other);

        assertThat(book.owns("e-moved", "d1")).as("its records came on our partition").isTrue();
        book.forget(other);
        assertThat(book.owns("e-moved", "d1")).isFalse();
    }
}
