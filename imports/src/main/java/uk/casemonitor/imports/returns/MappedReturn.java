package uk.casemonitor.imports.returns;

import java.util.List;
import java.util.SortedMap;

/**
 * A return read and turned into events, not yet recorded.
 *
 * @param children each child's events, in the order they are to be recorded
 */
record MappedReturn(String format, int rowsRead, SortedMap<String, List<ReturnEvent>> children,
                    List<RowError> errors) {
}
