package io.pacer.ingest.report;

import java.util.List;

import io.pacer.events.Role;

/**
 * Who a token is, as the reporters' page needs it ({@code GET /api/v1/me}): its role, the entities it reports for
 * (a REPORTER's, with their names from the registers) and the regions it is bound to. Never the token or its hash.
 */
public record Me(Role role, List<Entity> entities, List<String> regionIds) {

    /** A bound entity; {@code regionName} is the name of its region (its id when the register lacks it). */
    public record Entity(String id, String name, String regionId, String regionName) {
    }
}
