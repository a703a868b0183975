package ma.forsa.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import ma.forsa.centre.Centre;
import ma.forsa.centre.CentreService;
import ma.forsa.common.i18n.Language;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.security.Scope;
import ma.forsa.importing.LearnerImport.Candidate;
import ma.forsa.importing.LearnerImport.Context;
import ma.forsa.importing.LearnerImport.RowProblem;
import ma.forsa.importing.LearnerImport.YearInfo;
import ma.forsa.importing.RowReader.ImportRow;
import ma.forsa.importing.RowReader.Table;
import ma.forsa.learner.LearnerRegistrations;
import ma.forsa.learner.LearnerRegistrations.Registration;
import ma.forsa.learner.NameKey;
import ma.forsa.placement.PlacementEnrolments;
import ma.forsa.placement.PlacementEnrolments.Enrolment;
import ma.forsa.schoolyear.SchoolYearService;
import ma.forsa.territory.TerritoryService;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Runs imports one at a time in the background (the machine is small, files can be large),
 * in the scope of whoever uploaded them, and records progress as it goes.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final int COMMIT_TIMEOUT_SECONDS = 3600;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "forsa-import");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    EntityManager em;

    @Inject
    Session session;

    @Inject
    Validator validator;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    TerritoryService territory;

    @Inject
    CentreService centres;

    @Inject
    LearnerRegistrations learners;

    @Inject
    PlacementEnrolments enrolments;

    /** Jobs cut off by a restart will not finish: say so; and drop the files of finished jobs (kept by older versions). */
    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update ImportJob set status = :failed, message = 'IMPORT_INTERRUPTED'"
                                + " where status in (:validating, :committing)")
                        .setParameter("failed", ImportJob.Status.FAILED)
                        .setParameter("validating", ImportJob.Status.VALIDATING)
                        .setParameter("committing", ImportJob.Status.COMMITTING)
                        .executeUpdate());
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE import_job SET content = '' WHERE status IN ('FAILED', 'INVALID', 'COMMITTED') AND LENGTH(content) > 0")
                        .executeUpdate());
        expireUncommitted();
    }

    /**
     * A dry run that nobody committed within a day is given up and its file dropped: the file holds
     * children's names, and an old file committed later would bring back a learner erased since.
     */
    public void expireUncommitted() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE import_job SET status = 'FAILED',"
                                + " message = 'IMPORT_EXPIRED', content = '', updated_at = NOW(6)"
                                + " WHERE status = 'VALIDATED' AND updated_at < NOW(6) - INTERVAL 1 DAY")
                        .executeUpdate());
    }

    void onStop(@Observes ShutdownEvent stop) {
        worker.shutdownNow();
    }

    public void validateLater(long jobId) {
        worker.submit(this::expireUncommitted);
        worker.submit(() -> run(jobId, false));
    }

    public void commitLater(long jobId) {
        worker.submit(() -> run(jobId, true));
    }

    private void run(long jobId, boolean commit) {
        try {
            ImportJob.Format[] format = new ImportJob.Format[1];
            byte[] content = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob job = em.find(ImportJob.class, jobId);
                format[0] = job.format;
                return job.content;
            });
            Table table = RowReader.read(content, format[0]);
            List<RowProblem> headerErrors = LearnerImport.checkHeader(table.headers());
            update(jobId, job -> job.totalRows = table.rows().size());
            if (!headerErrors.isEmpty()) {
                finish(jobId, ImportJob.Status.INVALID, headerErrors, Message.IMPORT_HEADER_WRONG, null);
                return;
            }
            if (commit) {
                commit(jobId, table.rows());
            } else {
                LearnerImport.Outcome outcome =
                        QuarkusTransaction.requiringNew().call(() -> validate(jobId, table.rows()));
                finish(
                        jobId,
                        outcome.errors().isEmpty() ? ImportJob.Status.VALIDATED : ImportJob.Status.INVALID,
                        outcome.errors(),
                        outcome.errors().isEmpty() ? Message.IMPORT_ROWS_VALID : null,
                        null);
            }
        } catch (IOException e) {
            finish(jobId, ImportJob.Status.FAILED, List.of(), Message.IMPORT_FILE_UNREADABLE, null);
        } catch (RuntimeException e) {
            LOG.error("Import " + jobId + " failed", e);
            finish(jobId, ImportJob.Status.FAILED, List.of(), Message.IMPORT_FAILED, null);
        }
    }

    private void commit(long jobId, List<ImportRow> rows) {
        int[] created = QuarkusTransaction.requiringNew()
                .timeout(COMMIT_TIMEOUT_SECONDS)
                .call(() -> {
                    LearnerImport.Outcome outcome = validate(jobId, rows);
                    if (!outcome.errors().isEmpty()) {
                        return new int[] {-1, outcome.errors().size()};
                    }
                    ImportJob job = em.find(ImportJob.class, jobId);
                    Context context = context(job.scope());
                    update(jobId, j -> j.processedRows = 0);
                    return write(outcome.candidates(), context, done -> update(jobId, j -> j.processedRows = done));
                });
        if (created[0] < 0) {
            LearnerImport.Outcome again = QuarkusTransaction.requiringNew().call(() -> validate(jobId, rows));
            finish(jobId, ImportJob.Status.INVALID, again.errors(), Message.IMPORT_DATA_CHANGED, null);
        } else {
            finish(jobId, ImportJob.Status.COMMITTED, List.of(), null, created);
        }
    }

    private LearnerImport.Outcome validate(long jobId, List<ImportRow> rows) {
        return validate(em.find(ImportJob.class, jobId), rows, done -> update(jobId, j -> j.processedRows = done));
    }

    /**
     * The first rows of a validated file as they will be saved, read and checked exactly as the
     * commit will; runs in the caller's transaction.
     */
    public ImportViews.Preview preview(ImportJob job, int limit) {
        Table table;
        try {
            table = RowReader.read(job.content, job.format);
        } catch (IOException e) {
            throw new IllegalStateException("a validated import can no longer be read", e);
        }
        List<ImportRow> first =
                table.rows().subList(0, Math.min(limit, table.rows().size()));
        List<ImportViews.PreviewRow> rows = validate(job, first, done -> {}).candidates().stream()
                .map(LearnerImport::preview)
                .toList();
        return new ImportViews.Preview(
                table.encoding(),
                table.separator() == null ? null : table.separator().toString(),
                table.rows().size(),
                rows);
    }

    private LearnerImport.Outcome validate(
            ImportJob job, List<ImportRow> rows, java.util.function.IntConsumer progress) {
        Context context = context(job.scope());
        Set<String> massar = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (ImportRow row : rows) {
            row.cells().forEach((header, value) -> {
                if (Columns.MASSAR_CODE.equals(Columns.canonical(header)) && value != null && !value.isBlank()) {
                    massar.add(value.strip().toUpperCase());
                }
            });
        }
        Set<String> takenMassar = learners.registeredMassarCodes(massar);
        Set<String> takenNames = takenNames(context.directorate(), rows);
        return new LearnerImport(validator).validate(rows, context, takenMassar, takenNames, progress);
    }

    /** The reference data rows are checked against, seen in the uploader's scope. */
    private Context context(Scope scope) {
        scope.applyTo(session);
        Map<Long, Centre> visible = new HashMap<>();
        for (Centre c : centres.visible()) {
            visible.put(c.id, c);
        }
        Map<String, YearInfo> years = new HashMap<>();
        schoolYears.allWithBands(scope.directorate()).forEach((y, bands) -> years.put(y.code, new YearInfo(y, bands)));
        return new Context(
                scope.directorate(),
                scope.association(),
                territory.communeCodes(scope.directorate()),
                visible,
                years,
                enrolments.enrolledCounts(scope.directorate()));
    }

    /** Registers the learners, then enrols those with a centre; answers {learners, placements}. */
    private int[] write(List<Candidate> candidates, Context context, java.util.function.IntConsumer progress) {
        List<Long> ids = learners.registerAll(
                context.directorate(),
                candidates.stream()
                        .map(c -> new Registration(c.learner(), c.associationId(context)))
                        .toList(),
                progress);
        List<Enrolment> placed = new java.util.ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.centre() != null) {
                placed.add(
                        new Enrolment(ids.get(i), c.centre(), c.year().year(), c.programme(), c.age(), c.enrolledOn()));
            }
        }
        return new int[] {ids.size(), enrolments.enrolAll(placed, done -> {})};
    }

    /** "key|birth" (Arabic) and "L:key|birth" (Latin) of the directorate's learners that share a name key with the file. */
    private Set<String> takenNames(String directorate, List<ImportRow> rows) {
        Set<String> keys = new HashSet<>();
        for (ImportRow row : rows) {
            Map<String, String> cells = new HashMap<>();
            row.cells().forEach((h, v) -> cells.put(Columns.canonical(h), v));
            String arabic = NameKey.of(cells.get(Columns.FIRST_NAME_AR), cells.get(Columns.LAST_NAME_AR));
            String latin = NameKey.of(cells.get(Columns.FIRST_NAME_LATIN), cells.get(Columns.LAST_NAME_LATIN));
            if (arabic != null) {
                keys.add(arabic);
            }
            if (latin != null) {
                keys.add(latin);
            }
        }
        return learners.registeredNames(directorate, keys);
    }

    private void update(long jobId, java.util.function.Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = em.find(ImportJob.class, jobId);
            change.accept(job);
            job.updatedAt = Instant.now();
        });
    }

    private void finish(long jobId, ImportJob.Status status, List<RowProblem> errors, Message message, int[] created) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM import_error WHERE job_id = ?1")
                    .setParameter(1, jobId)
                    .executeUpdate();
            session.doWork(connection -> {
                try (PreparedStatement s = connection.prepareStatement(
                        "INSERT INTO import_error (job_id, seq, line, column_name, message, message_fr, message_ar)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < errors.size(); i++) {
                        RowProblem error = errors.get(i);
                        s.setLong(1, jobId);
                        s.setInt(2, i + 1);
                        s.setInt(3, error.line());
                        s.setString(4, error.column() == null ? null : truncate(error.column(), 40));
                        // the report is read later in its reader's language: kept in the three
                        s.setString(5, truncate(error.sentence().in(Language.EN), 300));
                        s.setString(6, truncate(error.sentence().in(Language.FR), 300));
                        s.setString(7, truncate(error.sentence().in(Language.AR), 300));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            });
            ImportJob job = em.find(ImportJob.class, jobId);
            job.status = status;
            job.errorCount = errors.size();
            job.message = message == null ? null : message.name();
            if (created != null) {
                job.createdLearners = created[0];
                job.createdPlacements = created[1];
            }
            if (status != ImportJob.Status.VALIDATED) {
                // The file holds children's names: once it cannot be committed any more it is not kept
                // (its report stays), so erasing a learner later leaves no copy here.
                em.createNativeQuery("UPDATE import_job SET content = '' WHERE id = ?1")
                        .setParameter(1, jobId)
                        .executeUpdate();
            }
            job.finishedAt = Instant.now();
            job.updatedAt = job.finishedAt;
        });
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
