package io.pacer.ingest.token;

import java.util.List;

import io.pacer.events.Role;
import io.pacer.support.security.TokenHashing;
import io.pacer.support.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** STATISTICS only (RegisterSecurity). The token is in the answer once; keep its sha256 to revoke it. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    record TokenRequest(Role role, List<String> entityIds, List<String> regionIds) {
    }

    private final TokenService service;

    TokenController(TokenService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TokenService.NewToken create(@RequestBody TokenRequest request) {
        return service.create(request);
    }

    @DeleteMapping("/{sha256}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String sha256) {
        if (!TokenHashing.isSha256Hex(sha256)) {
            throw ApiProblemException.badRequest("sha256", "must be 64 lowercase hex digits");
        }
        service.revoke(sha256);
    }
}
