package io.pacer.ingest.project;

import java.util.Optional;

import io.pacer.ingest.submission.DerivedIndicators;
import org.springframework.stereotype.Component;

/**
 * A region's projects_signed, projects_started and projects_completed are derived from the project register from
 * its first registered project on, until its last one is deleted.
 */
@Component
class ProjectDerivedIndicators implements DerivedIndicators {

    private final ProjectBook book;

    ProjectDerivedIndicators(ProjectBook book) {
        this.book = book;
    }

    @Override
    public Optional<String> derivedFrom(String regionId, String indicator) {
        return ProjectCounts.INDICATORS.contains(indicator) && regionId != null && book.hasProjects(regionId)
                ? Optional.of("the project register") : Optional.empty();
    }
}
