package ma.forsa.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a CSV (see FileText for its encodings; comma, semicolon or tab) or the first sheet of an XLSX into rows keyed by header. */
public final class RowReader {

    /** A data row: its line in the file (the header is line 1) and its cells by header. */
    public record ImportRow(int line, Map<String, String> cells) {}

    /** The rows, and for a CSV how its text was read: the encoding found and the separator (null for an XLSX). */
    public record Table(List<String> headers, List<ImportRow> rows, String encoding, Character separator) {}

    private RowReader() {}

    public static ImportJob.Format detect(byte[] content) {
        boolean zip =
                content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip ? ImportJob.Format.XLSX : ImportJob.Format.CSV;
    }

    /** The file's rows; IOException when it is not a readable CSV or XLSX (corrupt, wrong type, bad quoting). */
    public static Table read(byte[] content, ImportJob.Format format) throws IOException {
        try {
            return format == ImportJob.Format.XLSX ? xlsx(content) : csv(content);
        } catch (RuntimeException e) {
            throw new IOException("unreadable " + format + " file", e);
        }
    }

    private static Table csv(byte[] content) throws IOException {
        FileText.Decoded decoded;
        try {
            decoded = FileText.decode(content);
        } catch (FileText.NotText e) {
            throw new IOException(e.getMessage(), e);
        }
        String text = decoded.text();
        char separator = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> headers = parser.getHeaderNames();
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    cells.put(headers.get(i), i < record.size() ? record.get(i) : "");
                }
                rows.add(new ImportRow((int) record.getRecordNumber() + 1, cells));
            }
            return new Table(headers, rows, decoded.encoding(), separator);
        }
    }

    /**
     * The separator of the header line, outside quotes: a comma, a semicolon (Excel in a French or
     * Arabic locale) or a tab (Excel's "Unicode text"); a comma when the header has a single column.
     */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static Table xlsx(byte[] content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> headers = new ArrayList<>();
            List<ImportRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == sheet.getFirstRowNum()) {
                    for (Cell cell : row) {
                        headers.add(formatter.formatCellValue(cell).strip());
                    }
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int i = 0; i < headers.size(); i++) {
                    String value = text(row.getCell(i), formatter);
                    empty &= value.isEmpty();
                    cells.put(headers.get(i), value);
                }
                if (!empty) {
                    rows.add(new ImportRow(row.getRowNum() + 1, cells));
                }
            }
            return new Table(headers, rows, null, null);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }
}
