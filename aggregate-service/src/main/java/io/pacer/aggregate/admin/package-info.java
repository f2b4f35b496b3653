/**
 * The rebuild: forgets the stored state and replays every input from the beginning.
 */
package io.pacer.aggregate.admin;
