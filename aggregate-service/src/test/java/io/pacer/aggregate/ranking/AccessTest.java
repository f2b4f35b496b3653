package io.pacer.aggregate.ranking;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.pacer.aggregate.reference.ReferenceBook;
import io.pacer.events.EntityType;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;
import io.pacer.events.ReportingEntity;
import io.pacer.events.Role;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.testing.References;
import io.pacer.support.web.ApiProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** City C; districts D1 (towns T1, T2) and D2 (town T3); entity e1 on T1. */
class AccessTest {

    private final ReferenceBook book = new ReferenceBook(References.replica());
    private final Access access = new Access(book);

    AccessTest() {
        References.put(book.replica(), new Region("C", "C", "C", null, RegionLevel.CITY));
        References.put(book.replica(), new Region("D1", "D1", "D1", "C", RegionLevel.DISTRICT));
        References.put(book.replica(), new Region("D2", "D2", "D2", "C", RegionLevel.DISTRICT));
        References.put(book.replica(), new Region("T1", "T1", "T1", "D1", RegionLevel.TOWN));
        References.put(book.replica(), new Region("T2", "T2", "T2", "D1", RegionLevel.TOWN));
        References.put(book.replica(), new Region("T3", "T3", "T3", "D2", RegionLevel.TOWN));
        References.put(book.replica(),
                new ReportingEntity("e1", "e1", EntityType.ENTERPRISE, "T1", List.of("rev"), Instant.EPOCH));
    }

    private static PacerPrincipal who(String spec) {
        String[] parts = spec.split(":");
        Role role = Role.valueOf(parts[0]);
        Set<String> bound = parts.length > 1 ? Set.of(parts[1].split("\\+")) : Set.of();
        return new PacerPrincipal("hash", role, role == Role.REPORTER ? bound : Set.of(),
                role == Role.OFFICIAL ? bound : Set.of());
    }

    @ParameterizedTest(name = "{0} reads {1} of {2}: {3}")
    @CsvSource(textBlock = """
            STATISTICS,      ranking,      C,  true
            STATISTICS,      contributors, T3, true
            OFFICIAL:D1,     ranking,      D1, true
            OFFICIAL:D1,     ranking,      C,  true
            OFFICIAL:D1,     ranking,      D2, false
            OFFICIAL:T1,     ranking,      D1, true
            OFFICIAL:T1,     ranking,      C,  false
            OFFICIAL:D1,     figure,       T2, true
            OFFICIAL:D1,     figure,       D2, true
            OFFICIAL:D1,     figure,       T3, false
            OFFICIAL:D1,     contributors, D1, true
            OFFICIAL:D1,     contributors, T1, true
            OFFICIAL:D1,     contributors, C,  false
            OFFICIAL:D1+D2,  contributors, T3, true
            REPORTER:e1,     ranking,      D1, true
            REPORTER:e1,     ranking,      C,  true
            REPORTER:e1,     ranking,      D2, false
            REPORTER:e1,     ranking,      T1, false
            REPORTER:e1,     figure,       T1, true
            REPORTER:e1,     figure,       T2, true
            REPORTER:e1,     figure,       D2, true
            REPORTER:e1,     figure,       C,  true
            REPORTER:e1,     figure,       T3, false
            REPORTER:e1,     contributors, T1, false
            REPORTER:e9,     ranking,      D1, false
            """)
    void eachRoleReadsOnlyWhatItsBindingsReach(String principal, String what, String region, boolean allowed) {
        PacerPrincipal who = who(principal);
        Runnable check = switch (what) {
            case "ranking" -> () -> access.checkRanking(who, region);
            case "figure" -> () -> access.checkFigure(who, region);
            default -> () -> access.checkContributors(who, region);
        };
        if (allowed) {
            assertThatCode(check::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(check::run).isInstanceOf(ApiProblemException.class)
                    .matches(e -> ((ApiProblemException) e).status().value() == 403);
        }
    }
}
