package io.pacer.ingest.register;

import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import io.pacer.ingest.xlsx.Cell;
import io.pacer.support.security.PacerPrincipal;
import io.pacer.support.web.FieldIssue;

/**
 * A sheet of the registers workbook that another feature keeps (the project register's {@code projects}): read
 * from the same upload after the register sheets, checked against the registers as the workbook leaves them, and
 * applied after them, only when no row of any sheet has an issue; written into the template after them.
 */
public interface WorkbookSheet {

    /** The sheet's name, in lower case. */
    String name();

    /** Its column labels, a Chinese label before the field name ({@code 项目代码 id}). */
    List<String> columns();

    /** By column index, the values of the column's drop-down in the template. */
    Map<Integer, List<String>> choices();

    /**
     * The current elements {@code principal} may read, one row each: String, BigDecimal, Boolean or LocalDate
     * cells (a date cell), null for an empty one.
     */
    List<List<Object>> current(PacerPrincipal principal);

    /**
     * Reads and checks the sheet's rows (none: nothing to do) against {@code registers}, the registers with the
     * workbook's register sheets applied. May throw a 403 or 503 as the feature's own endpoint would.
     */
    Check check(List<Row> rows, RegisterView registers, PacerPrincipal principal);

    /** A row below the header: its number as Excel shows it and its non-empty cells by field. */
    record Row(int number, Map<String, Cell> cells) {

        /** The prefix of an issue's field: {@code projects row 4: }. */
        public String at(String sheet) {
            return sheet + " row " + number + ": ";
        }
    }

    /** Every issue the rows have, each named by sheet, row and field; or none and what applies them. */
    record Check(List<FieldIssue> issues, IntSupplier apply) {
    }
}
