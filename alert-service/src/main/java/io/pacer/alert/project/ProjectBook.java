package io.pacer.alert.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.pacer.events.ProjectRecord;

/**
 * The projects as last seen on {@code pacer.projects}, in memory, by id. The compacted topic is read to its end on
 * every start before anything is judged on it ({@link #restored}); until then the clock leaves the alerts alone, as
 * a half-read register would resolve alerts of projects it has not read yet.
 */
@Component
public class ProjectBook {

    private final Map<String, ProjectRecord> projects = new ConcurrentHashMap<>();
    private volatile boolean restoring;
    private volatile boolean restored;

    /** Keeps the project; returns the version it replaces, if any. */
    ProjectRecord put(ProjectRecord project) {
        return projects.put(project.id(), project);
    }

    /** Forgets the project; returns the version it had, if any. */
    ProjectRecord remove(String id) {
        return projects.remove(id);
    }

    List<ProjectRecord> all() {
        return new ArrayList<>(projects.values());
    }

    public int size() {
        return projects.size();
    }

    /** A restore begins (everything held is forgotten) or ends (the register is whole). */
    void restoring(boolean underway) {
        if (underway) {
            projects.clear();
        } else {
            restored = true;
        }
        restoring = underway;
    }

    /** Whether the register has been read whole since start-up and is not being read again now. */
    boolean restored() {
        return restored && !restoring;
    }
}
