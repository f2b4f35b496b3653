package io.pacer.events;

/** Which direction of an indicator is good; LOWER ranks ascending (e.g. energy use). */
public enum Better {
    HIGHER,
    LOWER
}
