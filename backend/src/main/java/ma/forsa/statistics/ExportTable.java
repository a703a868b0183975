package ma.forsa.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ma.forsa.common.i18n.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A statistic as a file the academy opens in Excel: lines saying what was asked, when and by which rule, then a
 * table (its header, its rows, its total in bold). CSV is UTF-8 with a byte-order mark (Excel reads Arabic then);
 * XLSX is written row by row (a streaming workbook) and right to left in Arabic. Numbers stay numbers; a count not
 * published is an empty cell.
 */
record ExportTable(
        String name,
        String sheet,
        Language language,
        List<String> heading,
        List<String> header,
        List<List<Object>> rows,
        List<Object> total) {

    String fileName(ExportFormat format) {
        return name + "." + format.extension;
    }

    void write(ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            writeCsv(out);
        } else {
            writeXlsx(out);
        }
    }

    private void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        for (String line : heading) {
            csv.printRecord(line);
        }
        csv.println();
        csv.printRecord(header);
        for (List<Object> row : rows) {
            csv.printRecord(row);
        }
        if (total != null) {
            csv.printRecord(total);
        }
        csv.flush();
    }

    private void writeXlsx(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet tab = workbook.createSheet(sheet);
            tab.setRightToLeft(language == Language.AR);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle strong = workbook.createCellStyle();
            strong.setFont(bold);
            int r = 0;
            for (String line : heading) {
                Row row = tab.createRow(r++);
                row.createCell(0).setCellValue(line);
                if (r == 1) {
                    row.getCell(0).setCellStyle(strong);
                }
            }
            r++;
            write(tab.createRow(r++), new ArrayList<>(header), strong);
            for (List<Object> row : rows) {
                write(tab.createRow(r++), row, null);
            }
            if (total != null) {
                write(tab.createRow(r), total, strong);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void write(Row row, List<?> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
