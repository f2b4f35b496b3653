package io.pacer.alert.lifecycle;

/** Another writer changed the alert since it was read; the caller re-reads and re-applies its verdict. */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String alertId) {
        super("alert " + alertId + " was changed concurrently");
    }
}
