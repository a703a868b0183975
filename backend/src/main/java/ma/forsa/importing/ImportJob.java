package ma.forsa.importing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ma.forsa.common.security.Scope;
import org.hibernate.annotations.Filter;

/** One uploaded file of learners and placements, validated, then committed all or nothing. */
@Entity
@Table(name = "import_job")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(name = Scope.ASSOCIATION_FILTER, condition = "association_id = :association")
public class ImportJob {

    public enum Status {
        VALIDATING,
        VALIDATED,
        INVALID,
        COMMITTING,
        COMMITTED,
        FAILED
    }

    public enum Format {
        CSV,
        XLSX
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "association_id", updatable = false)
    public Long associationId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Format format;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    public byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    @Column(name = "created_learners", nullable = false)
    public int createdLearners;

    @Column(name = "created_placements", nullable = false)
    public int createdPlacements;

    public String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public Scope scope() {
        return new Scope(directorateCode, associationId);
    }
}
