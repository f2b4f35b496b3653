package io.pacer.events;

public enum EntityType {
    ENTERPRISE,
    DEPARTMENT
}
