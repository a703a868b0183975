package ma.forsa.importing;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import ma.forsa.common.i18n.CallerLanguage;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;
import ma.forsa.common.paging.Listing;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ApiProblem.FieldText;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.common.security.Scope;
import ma.forsa.importing.ImportViews.JobView;
import ma.forsa.importing.ImportViews.RowError;

/** Uploads, their reports and their commits, in the caller's scope; the work is done by ImportRunner. */
@ApplicationScoped
@Transactional
@CallerScoped
public class ImportService {

    @Inject
    ImportJobRepository jobs;

    @Inject
    Caller caller;

    @Inject
    ImportRunner runner;

    @Inject
    CallerLanguage language;

    public JobView submit(byte[] content, String fileName) {
        Scope scope = caller.scope();
        if (caller.directorate().isEmpty()) {
            throw new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE);
        }
        if (content == null || content.length == 0) {
            throw ApiProblem.invalid("file", Message.FILE_EMPTY);
        }
        ImportJob.Format format = RowReader.detect(content);
        if (format == ImportJob.Format.CSV) {
            requireText(content);
        }
        ImportJob job = new ImportJob();
        job.directorateCode = scope.directorate();
        job.associationId = scope.association();
        job.createdBy = caller.username();
        job.fileName = fileName == null || fileName.isBlank()
                ? "import." + format.name().toLowerCase()
                : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        job.format = format;
        job.content = content;
        job.status = ImportJob.Status.VALIDATING;
        job.createdAt = Instant.now();
        job.updatedAt = job.createdAt;
        jobs.persist(job);
        jobs.flush();
        return view(job);
    }

    public JobView get(long id) {
        return view(find(id));
    }

    public PageView<JobView> list(PageParams page) {
        return PageView.each(
                Listing.of(
                        jobs,
                        ImportJob.class,
                        "1 = 1",
                        Sort.by("createdAt").descending().and("id", Sort.Direction.Descending),
                        new io.quarkus.panache.common.Parameters()),
                page,
                this::view);
    }

    public PageView<RowError> errors(long id, PageParams page) {
        ImportJob job = find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = jobs.getEntityManager()
                .createNativeQuery("SELECT line, column_name, " + messageColumn()
                        + " FROM import_error WHERE job_id = ?1 ORDER BY seq LIMIT ?2 OFFSET ?3")
                .setParameter(1, job.id)
                .setParameter(2, page.size)
                .setParameter(3, (long) page.page * page.size)
                .getResultList();
        List<RowError> items = rows.stream()
                .map(r -> new RowError(((Number) r[0]).intValue(), (String) r[1], (String) r[2]))
                .toList();
        int total = job.errorCount;
        return PageView.counted(items, page, total);
    }

    /** The first rows of a dry run that succeeded, as the commit will save them. */
    public ImportViews.Preview preview(long id, int limit) {
        ImportJob job = find(id);
        if (job.status != ImportJob.Status.VALIDATED) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.IMPORT_ROWS_GONE, job.status);
        }
        return runner.preview(job, limit);
    }

    public JobView startCommit(long id) {
        ImportJob job = find(id);
        if (job.status != ImportJob.Status.VALIDATED) {
            throw new ApiProblem(
                    ProblemType.CONFLICT,
                    job.status == ImportJob.Status.INVALID
                            ? Message.IMPORT_INVALID_NOT_SAVED
                            : Message.IMPORT_NOT_CHECKED,
                    job.status);
        }
        job.status = ImportJob.Status.COMMITTING;
        job.processedRows = 0;
        job.updatedAt = Instant.now();
        return view(job);
    }

    /** The report's message column in the reader's language (a report kept before 2026-12 has English only). */
    private String messageColumn() {
        return switch (language.get()) {
            case AR -> "COALESCE(message_ar, message)";
            case FR -> "COALESCE(message_fr, message)";
            case EN -> "message";
        };
    }

    private JobView view(ImportJob job) {
        return JobView.of(job, language.get());
    }

    private ImportJob find(long id) {
        return jobs.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_IMPORT, id));
    }

    /** A CSV that is not text in an encoding read here is refused before anything is kept. */
    private static void requireText(byte[] content) {
        try {
            FileText.decode(content);
        } catch (FileText.NotText e) {
            throw new ApiProblem(
                    ProblemType.FILE_NOT_TEXT,
                    Sentence.of(Message.FILE_NOT_TEXT, e.line),
                    List.of(FieldText.of("file", Message.LINE_NOT_TEXT, e.line)),
                    java.util.Map.of("line", e.line));
        }
    }
}
