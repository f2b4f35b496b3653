package io.pacer.alert.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Pacer-Signature: sha256=<hex>}: HMAC-SHA256 of the exact body bytes with the subscription's secret; and
 * DingTalk's signing mode, where the robot's address carries the signature.
 */
public final class Signatures {

    public static final String HEADER = "X-Pacer-Signature";

    private Signatures() {
    }

    public static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, body));
    }

    /**
     * A DingTalk robot address in signing mode: {@code &timestamp=<ms>&sign=<sign>} appended, where sign is the
     * URL-encoded base64 of HMAC-SHA256 with the secret as key over {@code timestamp + "\n" + secret} (DingTalk's
     * documented algorithm; the robot refuses a timestamp more than an hour off, so each attempt signs anew).
     */
    public static String dingTalk(String address, String secret, long timestampMillis) {
        byte[] mac = hmac(secret, (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
        String sign = URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
        return address + (address.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign=" + sign;
    }

    private static byte[] hmac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
