package ma.forsa.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import ma.forsa.learner.LearnerEnums.DropoutReason;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.GuardianRelation;
import ma.forsa.learner.LearnerEnums.Sex;
import ma.forsa.learner.NameKey;
import org.hibernate.annotations.Filter;

/**
 * An identified child (a "case"): a child out of school whom outreach found, followed until enrolled. Association
 * staff see the cases their association recorded and those referred to it.
 */
@Entity
@Table(name = "child_case")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(
        name = Scope.ASSOCIATION_FILTER,
        condition = "(association_id = :association or referred_association_id = :association)")
public class ChildCase extends Tracked {

    static final String ERASED = "—";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "association_id", updatable = false)
    public Long associationId;

    @Column(name = "campaign_id", updatable = false)
    public Long campaignId;

    @Column(name = "caravan_id", updatable = false)
    public Long caravanId;

    @Column(name = "stop_id", updatable = false)
    public Long stopId;

    @Column(name = "found_by_member_id")
    public Long foundByMemberId;

    @Column(name = "first_name_ar", nullable = false)
    public String firstNameAr;

    @Column(name = "last_name_ar", nullable = false)
    public String lastNameAr;

    @Column(name = "first_name_latin")
    public String firstNameLatin;

    @Column(name = "last_name_latin")
    public String lastNameLatin;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "name_key_latin")
    public String nameKeyLatin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "estimated_age")
    public Integer estimatedAge;

    @Column(name = "approx_birth_date", nullable = false)
    public LocalDate approxBirthDate;

    @Column(name = "massar_code")
    public String massarCode;

    @Column(name = "guardian_name")
    public String guardianName;

    @Enumerated(EnumType.STRING)
    @Column(name = "guardian_relation")
    public GuardianRelation guardianRelation;

    @Column(name = "guardian_phone")
    public String guardianPhone;

    @Column(name = "commune_code")
    public String communeCode;

    public String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_grade_completed")
    public Grade lastGradeCompleted;

    @Column(name = "year_left_school")
    public Integer yearLeftSchool;

    @Enumerated(EnumType.STRING)
    @Column(name = "dropout_reason")
    public DropoutReason dropoutReason;

    @Column(name = "share_consent", nullable = false)
    public boolean shareConsent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status = CaseStatus.IDENTIFIED;

    @Column(name = "status_changed_on", nullable = false)
    public LocalDate statusChangedOn;

    @Column(name = "referred_association_id")
    public Long referredAssociationId;

    @Column(name = "referred_centre_id")
    public Long referredCentreId;

    @Column(name = "referral_override")
    public String referralOverride;

    @Column(name = "learner_id")
    public Long learnerId;

    @Column(name = "found_on", nullable = false)
    public LocalDate foundOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    @Column(name = "anonymised_by")
    public String anonymisedBy;

    @Column(name = "anonymisation_reason")
    public String anonymisationReason;

    /** The birth date, or the one the estimated age gives on the day the child was found. */
    void dates() {
        approxBirthDate = birthDate != null ? birthDate : foundOn.minusYears(estimatedAge);
    }

    void keys() {
        nameKey = NameKey.of(firstNameAr, lastNameAr);
        nameKeyLatin = NameKey.of(firstNameLatin, lastNameLatin);
    }

    /**
     * Erases what identifies the child; keeps what statistics count (sex, year of birth, status, where and when
     * found). Free text that may name the child (notes, reasons) is erased by the service.
     */
    void anonymise(String by, String reason) {
        firstNameAr = ERASED;
        lastNameAr = ERASED;
        firstNameLatin = null;
        lastNameLatin = null;
        estimatedAge = java.time.Period.between(approxBirthDate, foundOn).getYears();
        birthDate = null;
        approxBirthDate = LocalDate.of(approxBirthDate.getYear(), 7, 1);
        massarCode = null;
        guardianName = null;
        guardianRelation = null;
        guardianPhone = null;
        address = null;
        referralOverride = null;
        anonymisedAt = Instant.now();
        anonymisedBy = by;
        anonymisationReason = reason;
        keys();
    }
}
