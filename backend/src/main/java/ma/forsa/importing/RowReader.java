package ma.forsa.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

/** Reads a CSV (UTF-8, comma or semicolon) or the first sheet of an XLSX into rows keyed by header. */
public final class RowReader {

    /** A data row: its line in the file (the header is line 1) and its cells by header. */
    public record ImportRow(int line, Map<String, String> cells) {
    }

    public record Table(List<String> headers, List<ImportRow> rows) {
    }

    private RowReader() {
    }

    public static ImportJob.Format detect(byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
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
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String firstLine = new String(content, start, Math.min(content.length - start, 4096), StandardCharsets.UTF_8)
                .lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headers = parser.getHeaderNames();
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    cells.put(headers.get(i), i < record.size() ? record.get(i) : "");
                }
                rows.add(new ImportRow((int) record.getRecordNumber() + 1, cells));
            }
            return new Table(headers, rows);
        }
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
            return new Table(headers, rows);
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
