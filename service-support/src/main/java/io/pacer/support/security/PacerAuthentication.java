package io.pacer.support.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** An authenticated bearer token; credentials are never kept. */
final class PacerAuthentication extends AbstractAuthenticationToken {

    private final PacerPrincipal principal;

    PacerAuthentication(PacerPrincipal principal) {
        super(AuthorityUtils.createAuthorityList(principal.authorities()));
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PacerPrincipal getPrincipal() {
        return principal;
    }
}
