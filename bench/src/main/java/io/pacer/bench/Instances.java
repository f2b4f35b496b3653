package io.pacer.bench;

import java.util.List;

/** The processes of one service started together (one, or several in the same consumer groups). */
record Instances(String name, List<Service> members) {

    Instances {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no instance of " + name);
        }
        members = List.copyOf(members);
    }

    /** The label an instance of {@code name} gets: the name alone, or with its number when there are several. */
    static String label(String name, int instance, int count) {
        return count == 1 ? name : name + "-" + instance;
    }

    int count() {
        return members.size();
    }

    Service first() {
        return members.get(0);
    }

    List<String> urls() {
        return members.stream().map(Service::url).toList();
    }

    /** The first instance that has stopped, if any. */
    java.util.Optional<Service> stopped() {
        return members.stream().filter(s -> !s.process().isAlive()).findFirst();
    }
}
