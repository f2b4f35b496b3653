package io.pacer.alert.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import io.pacer.support.web.FieldIssue;

/**
 * What makes a subscription body acceptable; every issue names its field. The address must be http(s), and the
 * {@link AddressGuard} must let its host through (each delivery is checked again).
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
        } else if (body.channel() == Channel.EMAIL) {
            issues.add(new FieldIssue("channel", "e-mail delivery is not available yet; use webhook, dingtalk or wecom"));
        }
        if (!isHttpUrl(body.address())) {
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
