package io.pacer.events;

public enum RegionLevel {
    CITY,
    DISTRICT,
    TOWN;

    /** Whether a region of this level may have a parent of the given level (levels nest strictly). */
    public boolean nestsUnder(RegionLevel parent) {
        return parent != null && parent.ordinal() == ordinal() - 1;
    }
}
