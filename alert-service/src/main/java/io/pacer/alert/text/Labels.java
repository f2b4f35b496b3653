package io.pacer.alert.text;

import io.pacer.events.Basis;
import io.pacer.events.Better;

/**
 * What the texts say about an alert's region, indicator and reporting unit, in the language being written:
 * names (never codes, unless the registers don't know them yet), the unit, and how the indicator is read.
 */
public record Labels(String region, String indicator, String unit, String entity, Basis basis, Better better) {
}
