package io.pacer.alert.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import io.pacer.alert.text.Lang;
import io.pacer.support.web.FieldIssue;

/**
 * What makes a subscription body acceptable; every issue names its field. A webhook or robot address must be
 * http(s), and the {@link AddressGuard} must let its host through (each delivery is checked again); an e-mail
 * address is a comma-separated list of recipients ({@link Recipients}).
 */
final class SubscriptionValidation {

    private SubscriptionValidation() {
    }

    static List<FieldIssue> issues(SubscriptionBody body, AddressGuard guard) {
        List<FieldIssue> issues = new ArrayList<>();
        if (body.regionIds() == null || body.regionIds().isEmpty()) {
            issues.add(new FieldIssue("regionIds", "name at least one region"));
        } else {
            for (int i = 0; i < body.regionIds().size(); i++) {
                String region = body.regionIds().get(i);
                if (region == null || region.isBlank()) {
                    issues.add(new FieldIssue("regionIds[" + i + "]", "must not be blank"));
                }
            }
        }
        if (body.channel() == null) {
            issues.add(new FieldIssue("channel", "must be webhook, dingtalk, wecom or email"));
        }
        if (body.lang() != null && Lang.parse(body.lang()) == null) {
            issues.add(new FieldIssue("lang", "must be zh or en, not '" + Recipients.quoted(body.lang()) + "'"));
        }
        if (body.digest() != null && Digest.parse(body.digest()) == null) {
            issues.add(new FieldIssue("digest", "must be none or daily, not '" + Recipients.quoted(body.digest())
                    + "'"));
        }
        if (body.channel() == Channel.EMAIL) {
            String refusal = Recipients.refusal(body.address());
            if (refusal != null) {
                issues.add(new FieldIssue("address", refusal));
            }
        } else if (!isHttpUrl(body.address())) {
            issues.add(new FieldIssue("address", "must be an absolute http or https URL"));
        } else {
            String refusal = guard.refusal(URI.create(body.address()));
            if (refusal != null) {
                issues.add(new FieldIssue("address", refusal));
            }
        }
        if (body.secret() != null && (body.secret().isEmpty() || body.secret().length() > 256)) {
            issues.add(new FieldIssue("secret", "must be 1 to 256 characters when given"));
        }
        return issues;
    }

    private static boolean isHttpUrl(String address) {
        if (address == null || address.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(address);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
