/**
 * The texts people read about alerts, in Chinese and English, written with the names the registers give (never
 * codes).
 */
package io.pacer.alert.text;
