package city.clearway.common;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 rows. A text cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @})
 * is written with a leading apostrophe, so an exported note can never execute on an auditor's machine.
 */
public final class CsvWriter {

    private final Writer out;
    private boolean first = true;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Numbers and codes: written as they are. */
    public CsvWriter value(Object value) throws IOException {
        return cell(value == null ? "" : value.toString());
    }

    /** Free text someone typed: quoted as needed and defused. */
    public CsvWriter text(String value) throws IOException {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return cell("'" + value);
        }
        return cell(value == null ? "" : value);
    }

    public void endRow() throws IOException {
        out.write("\r\n");
        first = true;
    }

    private CsvWriter cell(String value) throws IOException {
        if (!first) {
            out.write(',');
        }
        first = false;
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
        return this;
    }
}
