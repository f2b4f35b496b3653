package io.pacer.ingest.token;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.ingest.Inputs;
import io.pacer.ingest.IngestProperties;
import io.pacer.ingest.ledger.LedgerPublisher;
import io.pacer.ingest.register.RegisterStore;
import io.pacer.events.ReferenceKeys;
import io.pacer.support.security.TokenHashing;
import io.pacer.support.web.ApiProblemException;
import io.pacer.support.web.FieldIssue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Creates and revokes tokens. The raw token leaves this class once, in the answer; only its hash is kept. */
@Service
class TokenService {

    private final RegisterStore store;
    private final LedgerPublisher publisher;
    private final Clock clock;
    private final String bootstrapHash;

    TokenService(RegisterStore store, LedgerPublisher publisher, Clock clock, IngestProperties properties) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.bootstrapHash = properties.hasAdminToken() ? TokenHashing.sha256Hex(properties.adminToken()) : null;
    }

    record NewToken(String token, String sha256, Role role, List<String> entityIds, List<String> regionIds) {
    }

    NewToken create(TokenController.TokenRequest request) {
        List<String> entityIds = request.entityIds() == null ? List.of() : request.entityIds();
        List<String> regionIds = request.regionIds() == null ? List.of() : request.regionIds();
        List<FieldIssue> issues = validate(request.role(), entityIds, regionIds);
        if (!issues.isEmpty()) {
            throw ApiProblemException.unprocessable(issues);
        }
        String raw = TokenHashing.newRawToken();
        TokenRecord record = new TokenRecord(TokenHashing.sha256Hex(raw), request.role(), entityIds, regionIds, false,
                clock.instant());
        install(record);
        return new NewToken(raw, record.sha256(), record.role(), entityIds, regionIds);
    }

    void revoke(String sha256) {
        if (sha256.equals(bootstrapHash)) {
            throw ApiProblemException.of(HttpStatus.CONFLICT, "sha256",
                    "the bootstrap token comes from PACER_ADMIN_TOKEN; change that and restart instead");
        }
        TokenRecord token = store.token(sha256)
                .orElseThrow(() -> ApiProblemException.notFound("sha256", "unknown token"));
        if (!token.revoked()) {
            install(token.revoke());
        }
    }

    /** Publishes a token record, then applies it here at once so this instance honours it without waiting. */
    void install(TokenRecord record) {
        long offset = publisher.publishReference(record);
        String key = ReferenceKeys.of(record);
        // The store's replica hands it to the directory, unless the topic consumer already applied a later change.
        store.apply(key, record, offset);
    }

    private List<FieldIssue> validate(Role role, List<String> entityIds, List<String> regionIds) {
        List<FieldIssue> issues = new ArrayList<>();
        if (role == null) {
            issues.add(new FieldIssue("role", "is required: one of REPORTER, STATISTICS, OFFICIAL"));
            return issues;
        }
        if (role == Role.REPORTER && entityIds.isEmpty()) {
            issues.add(new FieldIssue("entityIds", "a REPORTER token needs at least one entity"));
        }
        if (role == Role.OFFICIAL && regionIds.isEmpty()) {
            issues.add(new FieldIssue("regionIds", "an OFFICIAL token needs at least one region"));
        }
        if (role != Role.REPORTER && !entityIds.isEmpty()) {
            issues.add(new FieldIssue("entityIds", "only a REPORTER token is bound to entities"));
        }
        if (role != Role.OFFICIAL && !regionIds.isEmpty()) {
            issues.add(new FieldIssue("regionIds", "only an OFFICIAL token is bound to regions"));
        }
        for (int k = 0; k < entityIds.size(); k++) {
            known("entityIds[" + k + "]", "entity", entityIds.get(k), id -> store.entity(id).isPresent(), issues);
        }
        for (int k = 0; k < regionIds.size(); k++) {
            known("regionIds[" + k + "]", "region", regionIds.get(k), id -> store.region(id).isPresent(), issues);
        }
        return issues;
    }

    private static void known(String field, String kind, String id, Predicate<String> registered,
            List<FieldIssue> issues) {
        String problem = id == null ? "is required" : Inputs.idProblem(id);
        if (problem != null) {
            issues.add(new FieldIssue(field, problem));
        }
        else if (!registered.test(id)) {
            issues.add(new FieldIssue(field, "unknown " + kind + " " + Inputs.quote(id)));
        }
    }
}
