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
import ma.forsa.common.security.Scope;
import ma.forsa.importing.ImportViews.RowError;
import ma.forsa.importing.LearnerImport.CentreInfo;
import ma.forsa.importing.LearnerImport.Context;
import ma.forsa.importing.LearnerImport.YearInfo;
import ma.forsa.importing.RowReader.ImportRow;
import ma.forsa.importing.RowReader.Table;
import ma.forsa.schoolyear.SchoolYear;
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

    /** Jobs cut off by a restart will not finish: say so; and drop the files of finished jobs (kept by older versions). */
    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery(
                                "update ImportJob set status = :failed, message = 'interrupted by a restart; upload the file again'"
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
                                + " message = 'not committed within a day; upload the file again', content = '', updated_at = NOW(6)"
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
            List<RowError> headerErrors = LearnerImport.checkHeader(table.headers());
            update(jobId, job -> job.totalRows = table.rows().size());
            if (!headerErrors.isEmpty()) {
                finish(jobId, ImportJob.Status.INVALID, headerErrors, "the header is wrong; nothing was read", null);
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
                        outcome.errors().isEmpty() ? outcome.candidates().size() + " rows are valid" : null,
                        null);
            }
        } catch (IOException e) {
            finish(
                    jobId,
                    ImportJob.Status.FAILED,
                    List.of(),
                    "the file could not be read: it is not a CSV or XLSX file",
                    null);
        } catch (RuntimeException e) {
            LOG.error("Import " + jobId + " failed", e);
            finish(
                    jobId,
                    ImportJob.Status.FAILED,
                    List.of(),
                    "the import failed unexpectedly; nothing was saved",
                    null);
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
                    Map<String, Map<Integer, Long>> classes = lockAndCountClasses(context);
                    update(jobId, j -> j.processedRows = 0);
                    return session.doReturningWork(connection -> LearnerImport.write(
                            connection,
                            outcome.candidates(),
                            context,
                            classes,
                            done -> update(jobId, j -> j.processedRows = done)));
                });
        if (created[0] < 0) {
            LearnerImport.Outcome again = QuarkusTransaction.requiringNew().call(() -> validate(jobId, rows));
            finish(
                    jobId,
                    ImportJob.Status.INVALID,
                    again.errors(),
                    "the data changed since the dry run; nothing was saved",
                    null);
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
        Set<String> takenMassar = takenMassar(massar);
        Set<String> takenNames = takenNames(context.directorate(), rows);
        return new LearnerImport(validator).validate(rows, context, takenMassar, takenNames, progress);
    }

    /** The reference data rows are checked against, seen in the uploader's scope. */
    private Context context(Scope scope) {
        scope.applyTo(session);
        Map<Long, CentreInfo> centres = new HashMap<>();
        for (Centre c : em.createQuery("from Centre", Centre.class).getResultList()) {
            centres.put(c.id, new CentreInfo(c.id, c.type, c.capacity, c.classCap, c.associationId, c.active));
        }
        Map<String, YearInfo> years = new HashMap<>();
        for (SchoolYear y : em.createQuery("from SchoolYear", SchoolYear.class).getResultList()) {
            years.put(y.code, new YearInfo(y, schoolYears.effectiveBands(y.id, scope.directorate())));
        }
        Map<String, Long> enrolled = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT centre_id, school_year_id, COUNT(*) FROM placement"
                        + " WHERE status = 'ENROLLED' AND directorate_code = ?1 GROUP BY centre_id, school_year_id")
                .setParameter(1, scope.directorate())
                .getResultList();
        counts.forEach(r -> enrolled.put(r[0] + "/" + r[1], ((Number) r[2]).longValue()));
        return new Context(
                scope.directorate(),
                scope.association(),
                territory.communeCodes(scope.directorate()),
                centres,
                years,
                enrolled);
    }

    private Map<String, Map<Integer, Long>> lockAndCountClasses(Context context) {
        if (!context.centres().isEmpty()) {
            em.createNativeQuery("SELECT id FROM centre WHERE id IN (?1) FOR UPDATE")
                    .setParameter(1, List.copyOf(context.centres().keySet()))
                    .getResultList();
        }
        Map<String, Map<Integer, Long>> classes = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT centre_id, school_year_id, class_number, COUNT(*) FROM placement"
                                + " WHERE status = 'ENROLLED' AND directorate_code = ?1 GROUP BY centre_id, school_year_id, class_number")
                .setParameter(1, context.directorate())
                .getResultList();
        rows.forEach(r -> classes.computeIfAbsent(r[0] + "/" + r[1], k -> new HashMap<>())
                .put(((Number) r[2]).intValue(), ((Number) r[3]).longValue()));
        return classes;
    }

    private Set<String> takenMassar(Set<String> codes) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1000) {
            @SuppressWarnings("unchecked")
            List<String> found = em.createNativeQuery("SELECT massar_code FROM learner WHERE massar_code IN (?1)")
                    .setParameter(1, all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultList();
            taken.addAll(found);
        }
        return taken;
    }

    /** "key|birth" (Arabic) and "L:key|birth" (Latin) of the directorate's learners that share a name key with the file. */
    private Set<String> takenNames(String directorate, List<ImportRow> rows) {
        Set<String> keys = new HashSet<>();
        for (ImportRow row : rows) {
            Map<String, String> cells = new HashMap<>();
            row.cells().forEach((h, v) -> cells.put(Columns.canonical(h), v));
            String arabic =
                    ma.forsa.learner.NameKey.of(cells.get(Columns.FIRST_NAME_AR), cells.get(Columns.LAST_NAME_AR));
            String latin = ma.forsa.learner.NameKey.of(
                    cells.get(Columns.FIRST_NAME_LATIN), cells.get(Columns.LAST_NAME_LATIN));
            if (arabic != null) {
                keys.add(arabic);
            }
            if (latin != null) {
                keys.add(latin);
            }
        }
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("SELECT name_key, name_key_latin, birth_date FROM learner"
                            + " WHERE directorate_code = ?1 AND (name_key IN (?2) OR name_key_latin IN (?2))")
                    .setParameter(1, directorate)
                    .setParameter(2, chunk)
                    .getResultList();
            for (Object[] r : found) {
                taken.add(r[0] + "|" + r[2]);
                if (r[1] != null) {
                    taken.add("L:" + r[1] + "|" + r[2]);
                }
            }
        }
        return taken;
    }

    private void update(long jobId, java.util.function.Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = em.find(ImportJob.class, jobId);
            change.accept(job);
            job.updatedAt = Instant.now();
        });
    }

    private void finish(long jobId, ImportJob.Status status, List<RowError> errors, String message, int[] created) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM import_error WHERE job_id = ?1")
                    .setParameter(1, jobId)
                    .executeUpdate();
            session.doWork(connection -> {
                try (PreparedStatement s = connection.prepareStatement(
                        "INSERT INTO import_error (job_id, seq, line, column_name, message) VALUES (?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < errors.size(); i++) {
                        RowError error = errors.get(i);
                        s.setLong(1, jobId);
                        s.setInt(2, i + 1);
                        s.setInt(3, error.line());
                        s.setString(4, error.column() == null ? null : truncate(error.column(), 40));
                        s.setString(5, truncate(error.message(), 300));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            });
            ImportJob job = em.find(ImportJob.class, jobId);
            job.status = status;
            job.errorCount = errors.size();
            job.message = message;
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
