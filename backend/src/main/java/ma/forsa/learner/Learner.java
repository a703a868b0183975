package ma.forsa.learner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import ma.forsa.common.persistence.Tracked;
import ma.forsa.common.security.Scope;
import ma.forsa.learner.LearnerEnums.ConsentPurpose;
import ma.forsa.learner.LearnerEnums.DropoutReason;
import ma.forsa.learner.LearnerEnums.Grade;
import ma.forsa.learner.LearnerEnums.GuardianRelation;
import ma.forsa.learner.LearnerEnums.Sex;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Filter;

/**
 * A child or youth out of school (مستفيد). A minor's personal data: association staff see
 * the learners their association recorded or placed in one of its centres.
 */
@Entity
@Table(name = "learner")
@Filter(name = Scope.DIRECTORATE_FILTER, condition = "directorate_code in (:directorates)")
@Filter(
        name = Scope.ASSOCIATION_FILTER,
        condition = "(association_id = :association or id in "
                + "(select p.learner_id from placement p where p.association_id = :association))")
public class Learner extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "directorate_code", nullable = false, updatable = false)
    public String directorateCode;

    @Column(name = "association_id")
    public Long associationId;

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

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(nullable = false)
    public String nationality;

    /** A learner whose nationality is not given is Moroccan. */
    public static final String DEFAULT_NATIONALITY = "MA";

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

    @Column(name = "dropout_reason_detail")
    public String dropoutReasonDetail;

    @Column(name = "consent_given_by")
    public String consentGivenBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_relation")
    public GuardianRelation consentRelation;

    @Column(name = "consent_given_on")
    public LocalDate consentGivenOn;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "learner_consent_purpose", joinColumns = @JoinColumn(name = "learner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose")
    public Set<ConsentPurpose> consentPurposes = EnumSet.noneOf(ConsentPurpose.class);

    /** Search words of the names, with the directorate, kept in step with them (see NameKey.tokens). */
    @ElementCollection
    @CollectionTable(name = "learner_name_token", joinColumns = @JoinColumn(name = "learner_id"))
    public Set<NameToken> nameTokens = new java.util.TreeSet<>();

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    @Column(name = "anonymised_by")
    public String anonymisedBy;

    @Column(name = "anonymisation_reason")
    public String anonymisationReason;

    /** The search keys follow the names, whoever changes them (after the creation and change times are set). */
    @PrePersist
    @PreUpdate
    void keepKeys() {
        keys();
    }

    /** The mark left where a name was erased; it makes no search word. */
    public static final String ERASED = "—";

    /**
     * Erases for good what identifies the learner or their family. Kept, because statistics count
     * them and they identify nobody alone: sex, nationality, commune, last grade, the year and the
     * reason (not its free-text detail) of leaving school, the consent purposes, and the birth year
     * (the day becomes 1 July); placements keep their age at the reference date.
     */
    void anonymise(String by, String reason) {
        firstNameAr = ERASED;
        lastNameAr = ERASED;
        firstNameLatin = null;
        lastNameLatin = null;
        birthDate = LocalDate.of(birthDate.getYear(), 7, 1);
        massarCode = null;
        guardianName = null;
        guardianRelation = null;
        guardianPhone = null;
        address = null;
        dropoutReasonDetail = null;
        consentGivenBy = null;
        consentRelation = null;
        anonymisedAt = Instant.now();
        anonymisedBy = by;
        anonymisationReason = reason;
        keys();
    }

    void keys() {
        nameKey = NameKey.of(firstNameAr, lastNameAr);
        nameKeyLatin = NameKey.of(firstNameLatin, lastNameLatin);
        Set<NameToken> tokens = NameToken.of(directorateCode, firstNameAr, lastNameAr, firstNameLatin, lastNameLatin);
        if (!tokens.equals(nameTokens)) {
            nameTokens.clear();
            nameTokens.addAll(tokens);
        }
    }
}
