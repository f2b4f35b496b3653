/**
 * Reading uploaded .xlsx files safely (size, zip-bomb and row limits checked before POI sees them, cells streamed
 * as written) and answering workbooks as downloads. Knows no register or submission: the features that read a
 * workbook give its cells their meaning.
 */
package io.pacer.ingest.xlsx;
