package ma.forsa.importing;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ImportViews {

    private ImportViews() {
    }

    @Schema(name = "ImportRowError", description = "A bad row: its line in the file (1 = the header), the column and why")
    public record RowError(int line, String column, String message) {
    }

    @Schema(name = "ImportJob")
    public record JobView(long id, String fileName, ImportJob.Format format, ImportJob.Status status, int totalRows,
            int processedRows, int errorCount, int createdLearners, int createdPlacements, String message,
            String createdBy, Instant createdAt, Instant finishedAt) {

        static JobView of(ImportJob j) {
            return new JobView(j.id, j.fileName, j.format, j.status, j.totalRows, j.processedRows, j.errorCount,
                    j.createdLearners, j.createdPlacements, j.message, j.createdBy, j.createdAt, j.finishedAt);
        }
    }
}
