package io.pacer.alert.analysis;

import java.util.List;

/** A written bulletin: its title, its paragraphs, the facts they state, and the findings behind them. */
record Bulletin(String title, List<String> paragraphs, List<Fact> facts, List<Findings> findings) {

    /** The title and the paragraphs, a blank line between each. */
    String text() {
        return title + "\n\n" + String.join("\n\n", paragraphs);
    }
}
