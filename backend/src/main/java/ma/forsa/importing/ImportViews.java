package ma.forsa.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Messages;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.programme.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ImportViews {

    private ImportViews() {}

    @Schema(
            name = "ImportRowError",
            description = "A bad row: its line in the file (1 = the header), the column and why")
    public record RowError(int line, String column, String message) {}

    @Schema(name = "ImportJob")
    public record JobView(
            long id,
            String fileName,
            ImportJob.Format format,
            ImportJob.Status status,
            int totalRows,
            int processedRows,
            int errorCount,
            int createdLearners,
            int createdPlacements,
            String message,
            String createdBy,
            Instant createdAt,
            Instant finishedAt) {

        /** The job, its message (a {@link Message} kept by name) in the reader's language. */
        static JobView of(ImportJob j, Language language) {
            return new JobView(
                    j.id,
                    j.fileName,
                    j.format,
                    j.status,
                    j.totalRows,
                    j.processedRows,
                    j.errorCount,
                    j.createdLearners,
                    j.createdPlacements,
                    wording(j.message, language),
                    j.createdBy,
                    j.createdAt,
                    j.finishedAt);
        }
    }

    private static String wording(String message, Language language) {
        if (message == null) {
            return null;
        }
        return Message.named(message).map(m -> Messages.text(language, m)).orElse(message);
    }

    @Schema(name = "ImportPreviewRow", description = "A row of the file as it will be saved")
    public record PreviewRow(
            int line,
            String firstNameAr,
            String lastNameAr,
            String firstNameLatin,
            String lastNameLatin,
            LocalDate birthDate,
            Sex sex,
            String nationality,
            String massarCode,
            String guardianName,
            String guardianPhone,
            String communeCode,
            Long centreId,
            String schoolYear,
            Programme programme,
            LocalDate enrolledOn) {}

    @Schema(
            name = "ImportPreview",
            description = "The first rows of a validated file as they will be saved, and how the" + " file was read")
    public record Preview(
            @Schema(description = "UTF-8, UTF-16 or Windows-1256 for a CSV; null for a workbook")
            String encoding,

            @Schema(description = "The CSV's separator: \",\", \";\" or a tab; null for a workbook")
            String separator,

            int totalRows,
            List<PreviewRow> rows) {}
}
