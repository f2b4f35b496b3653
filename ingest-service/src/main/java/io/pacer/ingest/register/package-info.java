/**
 * The registers (regions, indicators, reporting entities) and the token directory: their REST and workbook
 * endpoints and rules, {@code pacer.reference} as their record of truth, and the replica every instance serves
 * reads from (memory, backed by MongoDB).
 */
package io.pacer.ingest.register;
