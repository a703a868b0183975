package ma.forsa.support;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.forsa.centre.Centre;
import ma.forsa.centre.CentreService;
import ma.forsa.common.i18n.Message;
import ma.forsa.common.paging.Like;
import ma.forsa.common.paging.Listing;
import ma.forsa.common.paging.PageParams;
import ma.forsa.common.paging.PageView;
import ma.forsa.common.problem.ApiProblem;
import ma.forsa.common.problem.ProblemType;
import ma.forsa.common.security.Caller;
import ma.forsa.common.security.CallerScoped;
import ma.forsa.common.security.Scope;
import ma.forsa.common.text.Text;
import ma.forsa.learner.LearnerRepository;
import ma.forsa.support.SupportEnums.ActivityKind;
import ma.forsa.support.SupportEnums.PupilStatus;
import ma.forsa.support.SupportRecords.ActionInput;
import ma.forsa.support.SupportRecords.ActionView;
import ma.forsa.support.SupportRecords.ActivityInput;
import ma.forsa.support.SupportRecords.ActivityView;
import ma.forsa.support.SupportRecords.AttendanceInput;
import ma.forsa.support.SupportRecords.AttendanceView;
import ma.forsa.support.SupportRecords.PupilInput;
import ma.forsa.support.SupportRecords.PupilView;

/** Support activities with attendance, and the follow-up of pupils at risk, recorded by associations. */
@ApplicationScoped
@Transactional
@CallerScoped
public class SupportService {

    @Inject
    SupportActivityRepository activities;

    @Inject
    AtRiskPupilRepository pupils;

    @Inject
    CentreService centres;

    @Inject
    LearnerRepository learners;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public PageView<ActivityView> listActivities(
            Long centreId, Long learnerId, ActivityKind kind, LocalDate from, LocalDate to, PageParams page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (learnerId != null) {
            where.append(
                    " and id in (select a.id from SupportActivity a join a.attendance r where r.learnerId = :learner)");
            params.and("learner", learnerId);
        }
        if (centreId != null) {
            where.append(" and centreId = :centre");
            params.and("centre", centreId);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (from != null) {
            where.append(" and heldOn >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and heldOn <= :to");
            params.and("to", to);
        }
        return PageView.each(
                Listing.of(
                        activities,
                        SupportActivity.class,
                        where.toString(),
                        Sort.by("heldOn").descending().and("id", Sort.Direction.Descending),
                        params),
                page,
                SupportService::view);
    }

    public ActivityView activity(long id) {
        return view(findActivity(id));
    }

    public ActivityView record(ActivityInput input) {
        Scope scope = requireAssociation();
        SupportActivity activity = new SupportActivity();
        activity.associationId = scope.association();
        activity.directorateCode = scope.directorate();
        apply(activity, input);
        activities.persist(activity);
        activities.flush();
        return view(activity);
    }

    public ActivityView update(long id, ActivityInput input) {
        SupportActivity activity = findActivity(id);
        requireAssociation();
        ApiProblem.requireVersion(input.version(), activity.version);
        apply(activity, input);
        activities.flush();
        return view(activity);
    }

    public PageView<PupilView> listPupils(String text, PupilStatus status, PageParams page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (text != null && !text.isBlank()) {
            where.append(
                    " and (firstNameAr like :q escape '!' or lastNameAr like :q escape '!' or schoolName like :q escape '!')");
            params.and("q", Like.contains(text));
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return PageView.each(
                Listing.of(
                        pupils,
                        AtRiskPupil.class,
                        where.toString(),
                        Sort.by("lastNameAr").and("id"),
                        params),
                page,
                p -> view(p, List.of()));
    }

    public PupilView pupil(long id) {
        AtRiskPupil pupil = findPupil(id);
        return view(pupil, actions(pupil.id));
    }

    public PupilView follow(PupilInput input) {
        Scope scope = requireAssociation();
        AtRiskPupil pupil = new AtRiskPupil();
        pupil.associationId = scope.association();
        pupil.directorateCode = scope.directorate();
        apply(pupil, input);
        pupils.persist(pupil);
        pupils.flush();
        return view(pupil, List.of());
    }

    public PupilView update(long id, PupilInput input) {
        AtRiskPupil pupil = findPupil(id);
        requireAssociation();
        ApiProblem.requireVersion(input.version(), pupil.version);
        apply(pupil, input);
        pupils.flush();
        return view(pupil, actions(pupil.id));
    }

    public PupilView act(long pupilId, ActionInput input) {
        AtRiskPupil pupil = findPupil(pupilId);
        requireAssociation();
        AtRiskAction action = new AtRiskAction();
        action.pupilId = pupil.id;
        action.actedOn = input.actedOn();
        action.action = input.action();
        action.note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        action.recordedBy = caller.username();
        action.recordedAt = Instant.now();
        em.persist(action);
        em.flush();
        return view(pupil, actions(pupil.id));
    }

    private void apply(SupportActivity activity, ActivityInput input) {
        Centre centre = centres.findOptional(input.centreId())
                .orElseThrow(() -> ApiProblem.invalid("centreId", Message.NOT_YOUR_CENTRE));
        if (input.kind() == ActivityKind.PSYCHOLOGICAL_SUPPORT && input.category() != null) {
            throw ApiProblem.invalid("category", Message.CATEGORY_FOR_PARALLEL_ONLY);
        }
        List<AttendanceInput> attendance = input.attendance() == null ? List.of() : input.attendance();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            Long learnerId = attendance.get(i).learnerId();
            if (!seen.add(learnerId)) {
                throw ApiProblem.invalid("attendance[" + i + "].learnerId", Message.LISTED_TWICE);
            }
            if (learners.findByIdOptional(learnerId).isEmpty()) {
                throw ApiProblem.invalid("attendance[" + i + "].learnerId", Message.NOT_YOUR_LEARNER);
            }
        }
        activity.centreId = centre.id;
        activity.kind = input.kind();
        activity.category = input.category();
        activity.title = input.title().strip();
        activity.heldOn = input.heldOn();
        activity.durationMinutes = input.durationMinutes();
        activity.facilitator = Text.clean(input.facilitator());
        activity.notes = Text.clean(input.notes());
        activity.attendance.clear();
        for (AttendanceInput a : attendance) {
            SupportActivity.Attendance row = new SupportActivity.Attendance();
            row.learnerId = a.learnerId();
            row.present = a.present();
            activity.attendance.add(row);
        }
    }

    private static void apply(AtRiskPupil pupil, PupilInput input) {
        pupil.firstNameAr = input.firstNameAr().strip();
        pupil.lastNameAr = input.lastNameAr().strip();
        pupil.birthDate = input.birthDate();
        pupil.sex = input.sex();
        pupil.massarCode =
                input.massarCode() == null ? null : input.massarCode().toUpperCase();
        pupil.schoolName = input.schoolName().strip();
        pupil.grade = input.grade();
        pupil.guardianPhone = Text.clean(input.guardianPhone());
        pupil.status = input.status() == null ? PupilStatus.FOLLOWED : input.status();
        pupil.signals.clear();
        pupil.signals.addAll(EnumSet.copyOf(input.signals()));
    }

    /** Support is recorded by the association that gives it. */
    private Scope requireAssociation() {
        Scope scope = caller.scope();
        if (!scope.associationOnly()) {
            throw new ApiProblem(ProblemType.FORBIDDEN, Message.SUPPORT_BY_ASSOCIATIONS);
        }
        return scope;
    }

    private SupportActivity findActivity(long id) {
        return activities.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_ACTIVITY, id));
    }

    private AtRiskPupil findPupil(long id) {
        return pupils.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(Message.NOT_FOUND_PUPIL, id));
    }

    private List<ActionView> actions(long pupilId) {
        return em
                .createQuery("from AtRiskAction where pupilId = :p order by actedOn desc, id desc", AtRiskAction.class)
                .setParameter("p", pupilId)
                .getResultList()
                .stream()
                .map(a -> new ActionView(a.id, a.actedOn, a.action, a.note, a.recordedBy, a.recordedAt))
                .toList();
    }

    private static ActivityView view(SupportActivity a) {
        List<AttendanceView> attendance = a.attendance.stream()
                .map(r -> new AttendanceView(r.learnerId, r.present))
                .toList();
        int present = (int) a.attendance.stream().filter(r -> r.present).count();
        return new ActivityView(
                a.id,
                a.associationId,
                a.centreId,
                a.kind,
                a.category,
                a.title,
                a.heldOn,
                a.durationMinutes,
                a.facilitator,
                a.notes,
                attendance,
                present,
                a.version,
                a.createdAt);
    }

    private static PupilView view(AtRiskPupil p, List<ActionView> actions) {
        return new PupilView(
                p.id,
                p.associationId,
                p.firstNameAr,
                p.lastNameAr,
                p.birthDate,
                p.sex,
                p.massarCode,
                p.schoolName,
                p.grade,
                p.guardianPhone,
                p.signals.stream().sorted().toList(),
                p.status,
                actions,
                p.version,
                p.createdAt);
    }
}
