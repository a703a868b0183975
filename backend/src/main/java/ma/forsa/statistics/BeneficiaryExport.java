package ma.forsa.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Messages;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.placement.Outcome;
import ma.forsa.placement.PlacementStatus;
import ma.forsa.programme.Programme;
import ma.forsa.statistics.StatisticsViews.Beneficiaries;
import ma.forsa.statistics.StatisticsViews.Cell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The beneficiary statistic as a file the academy opens in Excel: what was asked (school year, directorates,
 * groups), when it was made and the publication rule (exact, or rounded with small groups left out), then the table
 * in the caller's language — the same published cells as the API's answer, never more. CSV is UTF-8 with a byte-order
 * mark (Excel reads Arabic then); XLSX is written row by row (a streaming workbook) and right to left in Arabic.
 */
final class BeneficiaryExport {

    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    private final Beneficiaries statistic;
    private final Language language;
    private final Instant generatedAt;

    BeneficiaryExport(Beneficiaries statistic, Language language, Instant generatedAt) {
        this.statistic = statistic;
        this.language = language;
        this.generatedAt = generatedAt;
    }

    String fileName(ExportFormat format) {
        return "beneficiaries-" + statistic.schoolYear().replace('/', '-') + "-"
                + String.join("-", statistic.directorates()) + "." + format.extension;
    }

    /** The lines above the table: what, where, by what, when, and the rule. */
    List<String> heading() {
        List<String> lines = new ArrayList<>();
        lines.add(text(Message.EXPORT_BENEFICIARIES_TITLE, statistic.schoolYear()));
        lines.add(text(Message.EXPORT_DIRECTORATES, String.join(", ", statistic.directorates())));
        lines.add(text(
                Message.EXPORT_GROUPED_BY,
                statistic.groupBy().isEmpty()
                        ? "—"
                        : String.join(
                                ", ",
                                statistic.groupBy().stream()
                                        .map(d -> Messages.label(language, d))
                                        .toList())));
        lines.add(text(Message.EXPORT_GENERATED_AT, GENERATED.format(generatedAt)));
        lines.add(
                statistic.roundedTo() <= 1 && statistic.minimumCount() <= 1
                        ? text(Message.EXPORT_RULE_EXACT)
                        : text(
                                Message.EXPORT_RULE_ROUNDED,
                                statistic.roundedTo(),
                                statistic.minimumCount(),
                                statistic.hiddenCells()));
        return lines;
    }

    List<String> header() {
        List<String> columns = new ArrayList<>();
        for (Dimension dimension : statistic.groupBy()) {
            columns.add(Messages.label(language, dimension));
        }
        columns.add(text(Message.EXPORT_COLUMN_COUNT));
        columns.add(text(Message.EXPORT_COLUMN_PREVIOUS_YEAR));
        columns.add(text(Message.EXPORT_COLUMN_CHANGE));
        return columns;
    }

    /** A row's values: labels for the dimensions, numbers for the counts (null where nothing is published). */
    List<Object> row(Cell cell) {
        List<Object> values = new ArrayList<>();
        for (Dimension dimension : statistic.groupBy()) {
            values.add(label(dimension, cell));
        }
        values.add(cell.count());
        values.add(cell.previousYearCount());
        values.add(cell.changePercent());
        return values;
    }

    List<Object> total() {
        List<Object> values = new ArrayList<>();
        values.add(text(Message.EXPORT_TOTAL));
        for (int i = 1; i < statistic.groupBy().size(); i++) {
            values.add(null);
        }
        values.add(statistic.total());
        values.add(statistic.previousYearTotal());
        values.add(statistic.changePercent());
        return values;
    }

    private String label(Dimension dimension, Cell cell) {
        return switch (dimension) {
            case DIRECTORATE -> cell.directorate();
            case ASSOCIATION ->
                cell.associationNameAr() != null ? cell.associationNameAr() : String.valueOf(cell.associationId());
            case CENTRE -> cell.centreNameAr() != null ? cell.centreNameAr() : String.valueOf(cell.centreId());
            case PROGRAMME ->
                cell.programme() == null ? null : Messages.label(language, Programme.valueOf(cell.programme()));
            case SEX -> cell.sex() == null ? null : Messages.label(language, Sex.valueOf(cell.sex()));
            case AGE -> cell.age() == null ? null : String.valueOf(cell.age());
            case NATIONALITY ->
                cell.nationality() == null
                        ? null
                        : new Locale("", cell.nationality()).getDisplayCountry(language.locale);
            case STATUS ->
                cell.status() == null ? null : Messages.label(language, PlacementStatus.valueOf(cell.status()));
            case OUTCOME -> cell.outcome() == null ? null : Messages.label(language, Outcome.valueOf(cell.outcome()));
        };
    }

    void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        for (String line : heading()) {
            csv.printRecord(line);
        }
        csv.println();
        csv.printRecord(header());
        for (Cell cell : statistic.cells()) {
            csv.printRecord(row(cell));
        }
        csv.printRecord(total());
        csv.flush();
    }

    void writeXlsx(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(text(Message.EXPORT_SHEET));
            sheet.setRightToLeft(language == Language.AR);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle strong = workbook.createCellStyle();
            strong.setFont(bold);
            int r = 0;
            for (String line : heading()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line);
                if (r == 1) {
                    row.getCell(0).setCellStyle(strong);
                }
            }
            r++;
            write(sheet.createRow(r++), new ArrayList<>(header()), strong);
            for (Cell cell : statistic.cells()) {
                write(sheet.createRow(r++), row(cell), null);
            }
            write(sheet.createRow(r), total(), strong);
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

    private String text(Message message, Object... args) {
        return Messages.text(language, message, args);
    }
}
