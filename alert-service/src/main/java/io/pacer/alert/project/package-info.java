/**
 * SIGN_TO_PILE: the projects from {@code pacer.projects} in memory, and the daily and per-change checks of the days
 * between signing and piling.
 */
package io.pacer.alert.project;
