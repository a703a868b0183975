package ma.forsa.agreement;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.forsa.agreement.AgreementInputs.AgreementInput;
import ma.forsa.agreement.AgreementInputs.CentresInput;
import ma.forsa.agreement.AgreementInputs.PaymentInput;
import ma.forsa.agreement.AgreementInputs.ProgrammeTargetInput;
import ma.forsa.agreement.AgreementInputs.TrancheInput;
import ma.forsa.agreement.AgreementInputs.TransitionInput;
import ma.forsa.agreement.AgreementViews.AgreementView;
import ma.forsa.agreement.AgreementViews.ProgrammeTargetView;
import ma.forsa.agreement.AgreementViews.StatusChangeView;
import ma.forsa.agreement.AgreementViews.TrancheView;
import ma.forsa.association.AssociationService;
import ma.forsa.centre.Centre;
import ma.forsa.centre.CentreService;
import ma.forsa.common.config.Limits;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.i18n.Sentence;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.programme.Programme;
import ma.forsa.schoolyear.SchoolYear;
import ma.forsa.schoolyear.SchoolYearService;

/** Agreements, their lifecycle and its rules, the signed PDF, payments and centres. */
@ApplicationScoped
@Transactional
@CallerScoped
public class AgreementService {

    static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Inject
    AgreementRepository agreements;

    @Inject
    AssociationService associations;

    @Inject
    CentreService centres;

    @Inject
    SchoolYearService schoolYears;

    @Inject
    Caller caller;

    @Inject
    Limits limits;

    public PageView<AgreementView> list(
            String text, AgreementStatus status, Long associationId, String schoolYear, Sort order, PageParams page) {
        Long yearId = schoolYear == null ? null : schoolYears.idForFilter(schoolYear);
        return PageView.of(agreements.search(text, status, associationId, yearId, order), page, this::views);
    }

    public AgreementView get(long id) {
        return view(find(id));
    }

    /** The agreements of a school year that the caller may see, in reference order (the statistics of progress). */
    public List<AgreementView> ofSchoolYear(long schoolYearId) {
        return views(agreements.list(
                ":year member of schoolYearIds order by reference", Parameters.with("year", schoolYearId)));
    }

    /** The records of these ids that the caller may see, as the API shows them, read together (the change feed). */
    public List<AgreementView> viewsOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : views(agreements.list("id in ?1", ids));
    }

    public AgreementView create(AgreementInput input) {
        String directorate =
                caller.directorate().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN, Message.NO_DIRECTORATE));
        Agreement agreement = new Agreement();
        agreement.directorateCode = directorate;
        applyTerms(agreement, input);
        agreements.persist(agreement);
        agreements.flush();
        record(agreement, null, AgreementStatus.DRAFT, null);
        return view(agreement);
    }

    public AgreementView update(long id, AgreementInput input) {
        Agreement agreement = find(id);
        ApiProblem.requireVersion(input.version(), agreement.version);
        if (agreement.status != AgreementStatus.DRAFT) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.AGREEMENT_TERMS_FIXED, agreement.status);
        }
        applyTerms(agreement, input);
        agreements.flush();
        return view(agreement);
    }

    public AgreementView transition(long id, TransitionInput input) {
        Agreement agreement = find(id);
        AgreementStatus from = agreement.status;
        AgreementStatus to = input.to();
        if (!from.next().contains(to)) {
            throw from.next().isEmpty()
                    ? new ApiProblem(ProblemType.CONFLICT, Message.AGREEMENT_MOVE_FROM_CLOSED, from, to)
                    : new ApiProblem(ProblemType.CONFLICT, Message.AGREEMENT_MOVE_REFUSED, from, to, from.next());
        }
        String reason = input.reason() == null || input.reason().isBlank()
                ? null
                : input.reason().strip();
        if ((to == AgreementStatus.SUSPENDED || to == AgreementStatus.CLOSED) && reason == null) {
            throw ApiProblem.invalid(
                    "reason", to == AgreementStatus.SUSPENDED ? Message.REASON_TO_SUSPEND : Message.REASON_TO_CLOSE);
        }
        List<Sentence> unmet = unmetRules(agreement, to);
        if (!unmet.isEmpty()) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.AGREEMENT_NOT_YET, to, unmet);
        }
        agreement.status = to;
        agreements.flush();
        record(agreement, from, to, reason);
        return view(agreement);
    }

    public AgreementView setCentres(long id, CentresInput input) {
        Agreement agreement = find(id);
        ApiProblem.requireVersion(input.version(), agreement.version);
        requireNotClosed(agreement);
        Set<Long> ids = new LinkedHashSet<>(input.centreIds());
        if (ids.isEmpty() && agreement.status == AgreementStatus.ACTIVE) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.ACTIVE_AGREEMENT_NEEDS_CENTRE);
        }
        int index = 0;
        for (Long centreId : input.centreIds()) {
            Centre centre = centres.findOptional(centreId).orElse(null);
            if (centre == null || !centre.associationId.equals(agreement.associationId)) {
                throw ApiProblem.invalid("centreIds[" + index + "]", Message.CENTRE_NOT_OF_AGREEMENT_ASSOCIATION);
            }
            index++;
        }
        agreement.centreIds.clear();
        agreement.centreIds.addAll(ids);
        agreements.flush();
        return view(agreement);
    }

    public AgreementView recordPayment(long id, int trancheNumber, PaymentInput input) {
        Agreement agreement = find(id);
        ApiProblem.requireVersion(input.version(), agreement.version);
        if (!EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED)
                .contains(agreement.status)) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.PAYMENT_NEEDS_SIGNED_AGREEMENT, agreement.status);
        }
        if (trancheNumber < 1 || trancheNumber > agreement.tranches.size()) {
            throw ApiProblem.notFound(Message.NOT_FOUND_TRANCHE, trancheNumber);
        }
        if (input.paidOn() != null && input.paidOn().isBefore(agreement.signedOn)) {
            throw ApiProblem.invalid("paidOn", Message.PAID_BEFORE_SIGNING, agreement.signedOn);
        }
        if (input.paidOn() != null && input.paidOn().isAfter(LocalDate.now())) {
            throw ApiProblem.invalid("paidOn", Message.PAID_IN_FUTURE);
        }
        agreement.tranches.get(trancheNumber - 1).paidOn = input.paidOn();
        agreements.flush();
        return view(agreement);
    }

    public AgreementView uploadDocument(long id, byte[] content, String fileName) {
        Agreement agreement = find(id);
        if (agreement.status != AgreementStatus.DRAFT) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.DOCUMENT_FIXED, agreement.status);
        }
        if (content == null || content.length == 0) {
            throw ApiProblem.invalid("document", Message.DOCUMENT_EMPTY);
        }
        if (content.length > limits.maxDocumentBytes()) {
            throw new ApiProblem(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    Message.DOCUMENT_TOO_LARGE,
                    megabytes(content.length),
                    megabytes(limits.maxDocumentBytes()));
        }
        if (!isPdf(content)) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, Message.DOCUMENT_NOT_PDF);
        }
        AgreementDocument document = agreements.document(id).orElseGet(() -> {
            AgreementDocument created = new AgreementDocument();
            created.agreementId = id;
            return created;
        });
        document.fileName = cleanFileName(fileName, agreement);
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.content = content;
        document.uploadedAt = Instant.now();
        document.uploadedBy = caller.username();
        if (!agreements.getEntityManager().contains(document)) {
            agreements.save(document);
        }
        agreements.flush();
        return view(agreement);
    }

    /** The signed PDF, read inside the transaction (its bytes are loaded lazily). */
    public AgreementViews.DocumentFile document(long id) {
        find(id);
        AgreementDocument document = agreements
                .document(id)
                .orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_AGREEMENT_DOCUMENT, id));
        return new AgreementViews.DocumentFile(document.fileName, document.sha256, document.content);
    }

    public List<StatusChangeView> history(long id) {
        find(id);
        return agreements.history(id).stream()
                .map(c -> new StatusChangeView(c.fromStatus, c.toStatus, c.changedAt, c.changedBy, c.reason))
                .toList();
    }

    private Agreement find(long id) {
        return agreements.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_AGREEMENT, id));
    }

    private List<Sentence> unmetRules(Agreement agreement, AgreementStatus to) {
        List<Sentence> unmet = new ArrayList<>();
        if (to == AgreementStatus.SIGNED) {
            if (agreement.signedOn == null) {
                unmet.add(Sentence.of(Message.AGREEMENT_NEEDS_SIGNING_DATE));
            } else if (agreement.signedOn.isAfter(LocalDate.now())) {
                unmet.add(Sentence.of(Message.AGREEMENT_SIGNED_IN_FUTURE));
            }
            if (agreements.document(agreement.id).isEmpty()) {
                unmet.add(Sentence.of(Message.AGREEMENT_NEEDS_PDF));
            }
            BigDecimal planned = planned(agreement);
            if (!agreement.tranches.isEmpty() && planned.compareTo(agreement.budgetMad) != 0) {
                unmet.add(Sentence.of(Message.AGREEMENT_TRANCHES_NOT_BUDGET, planned, agreement.budgetMad));
            }
        }
        if (to == AgreementStatus.ACTIVE && agreement.centreIds.isEmpty()) {
            unmet.add(Sentence.of(Message.AGREEMENT_NEEDS_CENTRE));
        }
        return unmet;
    }

    private void applyTerms(Agreement agreement, AgreementInput input) {
        if (!associations.isActiveInScope(input.associationId())) {
            throw ApiProblem.invalid("associationId", Message.ASSOCIATION_NOT_ACTIVE_HERE);
        }
        if (input.endsOn().isBefore(input.startsOn())) {
            throw ApiProblem.invalid("endsOn", Message.ENDS_BEFORE_START);
        }
        if (input.signedOn() != null && input.signedOn().isAfter(input.endsOn())) {
            throw ApiProblem.invalid("signedOn", Message.SIGNED_AFTER_END);
        }
        String reference = input.reference().strip();
        agreements
                .findByReference(agreement.directorateCode, reference)
                .filter(other -> !other.id.equals(agreement.id))
                .ifPresent(other -> {
                    throw ApiProblem.conflict("reference", Message.REFERENCE_TAKEN, reference, other.id);
                });
        Set<Long> years = new LinkedHashSet<>();
        for (int i = 0; i < input.schoolYears().size(); i++) {
            String code = input.schoolYears().get(i);
            SchoolYear year = schoolYears.byCode(code, "schoolYears");
            years.add(year.id);
        }
        List<Agreement.ProgrammeTarget> programmes = new ArrayList<>();
        Set<Programme> seen = EnumSet.noneOf(Programme.class);
        for (int i = 0; i < input.programmes().size(); i++) {
            ProgrammeTargetInput p = input.programmes().get(i);
            if (!seen.add(p.programme())) {
                throw ApiProblem.invalid(
                        "programmes[" + i + "].programme", Message.PROGRAMME_GIVEN_TWICE, p.programme());
            }
            Agreement.ProgrammeTarget target = new Agreement.ProgrammeTarget();
            target.programme = p.programme();
            target.targetBeneficiaries = p.targetBeneficiaries();
            programmes.add(target);
        }
        List<Agreement.Tranche> tranches = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<TrancheInput> trancheInputs = input.tranches() == null ? List.of() : input.tranches();
        for (TrancheInput t : trancheInputs) {
            Agreement.Tranche tranche = new Agreement.Tranche();
            tranche.amountMad = t.amountMad();
            tranche.dueOn = t.dueOn();
            tranches.add(tranche);
            total = total.add(t.amountMad());
        }
        if (total.compareTo(input.budgetMad()) > 0) {
            throw ApiProblem.invalid("tranches", Message.TRANCHES_OVER_BUDGET, total, input.budgetMad());
        }
        agreement.reference = reference;
        agreement.associationId = input.associationId();
        agreement.signedOn = input.signedOn();
        agreement.startsOn = input.startsOn();
        agreement.endsOn = input.endsOn();
        agreement.budgetMad = input.budgetMad();
        agreement.schoolYearIds.clear();
        agreement.schoolYearIds.addAll(years);
        agreement.programmes.clear();
        agreement.programmes.addAll(programmes);
        agreement.tranches.clear();
        agreement.tranches.addAll(tranches);
    }

    private void record(Agreement agreement, AgreementStatus from, AgreementStatus to, String reason) {
        AgreementStatusChange change = new AgreementStatusChange();
        change.agreementId = agreement.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedAt = Instant.now();
        change.changedBy = caller.username();
        change.reason = reason;
        agreements.save(change);
    }

    private static void requireNotClosed(Agreement agreement) {
        if (agreement.status == AgreementStatus.CLOSED) {
            throw new ApiProblem(ProblemType.CONFLICT, Message.AGREEMENT_CLOSED);
        }
    }

    /** A size in megabytes with one decimal, as people read file sizes. */
    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal planned(Agreement agreement) {
        return agreement.tranches.stream().map(t -> t.amountMad).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private AgreementView view(Agreement a) {
        return view(a, agreements.documentInfo(a.id).orElse(null));
    }

    /** A page of agreements, their documents read together. */
    private List<AgreementView> views(List<Agreement> shown) {
        Map<Long, AgreementViews.DocumentView> documents =
                agreements.documentInfos(shown.stream().map(a -> a.id).toList());
        return shown.stream().map(a -> view(a, documents.get(a.id))).toList();
    }

    private AgreementView view(Agreement a, AgreementViews.DocumentView document) {
        BigDecimal paid = a.tranches.stream()
                .filter(t -> t.paidOn != null)
                .map(t -> t.amountMad)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<TrancheView> tranches = new ArrayList<>();
        for (int i = 0; i < a.tranches.size(); i++) {
            Agreement.Tranche t = a.tranches.get(i);
            tranches.add(new TrancheView(i + 1, t.amountMad, t.dueOn, t.paidOn));
        }
        List<String> years =
                a.schoolYearIds.stream().map(schoolYears::code).sorted().toList();
        return new AgreementView(
                a.id,
                a.directorateCode,
                a.associationId,
                a.reference,
                a.status,
                List.copyOf(a.status.next()),
                a.signedOn,
                a.startsOn,
                a.endsOn,
                a.budgetMad,
                paid,
                years,
                a.programmes.stream()
                        .map(p -> new ProgrammeTargetView(p.programme, p.targetBeneficiaries))
                        .toList(),
                tranches,
                List.copyOf(a.centreIds),
                document,
                a.version,
                a.createdAt,
                a.updatedAt);
    }

    static boolean isPdf(byte[] content) {
        if (content.length < PDF_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (content[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String cleanFileName(String fileName, Agreement agreement) {
        String name =
                fileName == null || fileName.isBlank() ? "agreement-" + agreement.reference + ".pdf" : fileName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
