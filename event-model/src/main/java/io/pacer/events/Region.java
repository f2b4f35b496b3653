package io.pacer.events;

/** A city, district or town/street/zone (乡镇、街道、园区). A CITY has no parent. */
public record Region(int schemaVersion, String id, String name, String nameEn, String parentId, RegionLevel level) {

    public static final int SCHEMA_VERSION = 1;

    public Region(String id, String name, String nameEn, String parentId, RegionLevel level) {
        this(SCHEMA_VERSION, id, name, nameEn, parentId, level);
    }
}
