/**
 * Where each consumed partition ({@code pacer.figures}, {@code pacer.submissions}) has been judged, the record as
 * consumed with its partition and offset, and the line between a dependency that is away (retry) and a record that
 * cannot be read (dead-letter).
 */
package io.pacer.alert.position;
