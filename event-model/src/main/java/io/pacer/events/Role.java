package io.pacer.events;

public enum Role {
    /** An enterprise or department, bound to entity ids. */
    REPORTER,
    /** The statistics office. */
    STATISTICS,
    /** An official, bound to region ids; sees those regions' subtrees. */
    OFFICIAL
}
