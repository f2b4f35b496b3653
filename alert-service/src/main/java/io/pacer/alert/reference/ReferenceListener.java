package io.pacer.alert.reference;

/**
 * Told when a region or an indicator arrives on {@code pacer.reference} new or changed (not when it is deleted, nor
 * for entities and tokens), after {@link ReferenceData} holds it: the targets that name it are judged again, since
 * their rules were skipped, or judged with another direction, until it arrived. Called on the consuming thread.
 */
public interface ReferenceListener {

    void regionChanged(String regionId);

    void indicatorChanged(String code);
}
