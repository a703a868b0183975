// Records as the API answers them, for the component tests.
import type {
  AgreementView,
  AtRiskPupilView,
  CampaignStatus,
  CampaignView,
  CaravanView,
  CaseStatus,
  CaseView,
  CentreView,
  EligibilityView,
  ImportJob,
  LearnerView,
  PlacementView,
  SchoolYearView,
  StopView,
  SupportActivityView,
} from '@/api/types'

export const schoolYears: SchoolYearView[] = [
  {
    id: 2,
    code: '2025/2026',
    startsOn: '2025-09-01',
    endsOn: '2026-07-31',
    ageReferenceDate: '2025-12-31',
    version: 0,
    bands: [
      { programme: 'NFE_BASIC', minAge: 8, maxAge: 15, source: 'DEFAULT' },
      { programme: 'E2C_NG', minAge: 15, maxAge: 18, source: 'DIRECTORATE', directorateCode: 'LAA' },
    ],
  },
  {
    id: 1,
    code: '2024/2025',
    startsOn: '2024-09-01',
    endsOn: '2025-07-31',
    ageReferenceDate: '2024-12-31',
    version: 0,
    bands: [
      { programme: 'NFE_BASIC', minAge: 8, maxAge: 15, source: 'DEFAULT' },
      { programme: 'E2C_NG', minAge: 15, maxAge: 18, source: 'DEFAULT' },
    ],
  },
]

export function eligibilityAt15(): EligibilityView {
  return {
    schoolYear: '2025/2026',
    referenceDate: '2025-12-31',
    birthDate: '2010-03-15',
    age: 15,
    directorateCode: 'LAA',
    programmes: [
      { programme: 'NFE_BASIC', minAge: 8, maxAge: 15, source: 'DEFAULT', eligible: true },
      { programme: 'E2C_NG', minAge: 15, maxAge: 18, source: 'DEFAULT', eligible: true },
    ],
    eligibleProgrammes: ['NFE_BASIC', 'E2C_NG'],
  }
}

export const hayAlWahda: CentreView = {
  id: 5,
  directorateCode: 'LAA',
  associationId: 3,
  nameAr: 'مركز الفرصة الثانية الجيل الجديد - حي الوحدة',
  nameFr: 'Centre E2C nouvelle génération Hay Al Wahda',
  type: 'E2C_NG',
  communeCode: 'LAA-LAAYOUNE',
  address: 'حي الوحدة، العيون',
  capacity: 40,
  classCap: 20,
  openedOn: '2025-10-01',
  active: true,
  strands: ['EDUCATIONAL_UPGRADING', 'TRADES_INTRODUCTION'],
  trades: ['Électricité', 'Informatique'],
  version: 2,
  createdAt: '2025-09-20T09:00:00Z',
  updatedAt: '2025-09-20T09:00:00Z',
}

export const amina: LearnerView = {
  id: 41,
  directorateCode: 'LAA',
  associationId: 3,
  firstNameAr: 'أمينة',
  lastNameAr: 'الصحراوي',
  firstNameLatin: 'Amina',
  lastNameLatin: 'Sahraoui',
  birthDate: '2010-03-15',
  sex: 'F',
  nationality: 'MA',
  version: 0,
  createdAt: '2025-10-02T09:00:00Z',
  updatedAt: '2025-10-02T09:00:00Z',
}

export function placement(overrides: Partial<PlacementView> = {}): PlacementView {
  return {
    id: 90,
    learnerId: 41,
    learnerNameAr: 'أمينة الصحراوي',
    learnerNameLatin: 'Amina Sahraoui',
    centreId: 5,
    centreNameAr: hayAlWahda.nameAr,
    schoolYear: '2025/2026',
    programme: 'E2C_NG',
    status: 'ENROLLED',
    classNumber: 1,
    ageAtReference: 15,
    requestedAt: '2025-10-02T10:00:00Z',
    enrolledOn: '2025-10-02',
    version: 0,
    ...overrides,
  }
}

export function agreement(overrides: Partial<AgreementView> = {}): AgreementView {
  return {
    id: 8,
    directorateCode: 'LAA',
    associationId: 3,
    reference: 'DP-LAA/2025/E2C-01',
    status: 'SIGNED',
    nextStatuses: ['ACTIVE', 'CLOSED'],
    signedOn: '2025-09-16',
    startsOn: '2025-10-01',
    endsOn: '2026-07-31',
    budgetMad: 150000,
    paidMad: 50000,
    schoolYears: ['2025/2026'],
    programmes: [{ programme: 'E2C_NG', targetBeneficiaries: 187 }],
    tranches: [
      { number: 1, amountMad: 50000, dueOn: '2025-10-15', paidOn: '2025-10-20' },
      { number: 2, amountMad: 100000, dueOn: '2026-02-15' },
    ],
    centreIds: [5],
    document: {
      fileName: 'convention-tamayuz.pdf',
      sizeBytes: 245760,
      sha256: 'ab',
      uploadedAt: '2025-09-16T11:00:00Z',
      uploadedBy: 'staff.laayoune',
    },
    version: 4,
    createdAt: '2025-09-10T09:00:00Z',
    updatedAt: '2025-09-16T11:00:00Z',
    ...overrides,
  }
}

export function importJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 12,
    fileName: 'beneficiaires-tamayuz.csv',
    format: 'CSV',
    status: 'VALIDATING',
    totalRows: 0,
    processedRows: 0,
    errorCount: 0,
    createdLearners: 0,
    createdPlacements: 0,
    createdBy: 'assoc.tamayuz',
    createdAt: '2025-10-06T09:00:00Z',
    ...overrides,
  }
}

export function supportActivity(overrides: Partial<SupportActivityView> = {}): SupportActivityView {
  return {
    id: 30,
    associationId: 3,
    centreId: 5,
    kind: 'PSYCHOLOGICAL_SUPPORT',
    title: 'Groupe de parole',
    heldOn: '2025-10-14',
    durationMinutes: 90,
    facilitator: 'Khadija Bennani',
    attendance: [
      { learnerId: 41, present: true },
      { learnerId: 42, present: false },
    ],
    present: 1,
    version: 3,
    createdAt: '2025-10-14T16:00:00Z',
    ...overrides,
  }
}

export function atRiskPupil(overrides: Partial<AtRiskPupilView> = {}): AtRiskPupilView {
  return {
    id: 60,
    associationId: 3,
    firstNameAr: 'يوسف',
    lastNameAr: 'العلوي',
    birthDate: '2013-02-11',
    sex: 'M',
    schoolName: 'مدرسة الوحدة الابتدائية',
    grade: 'P6',
    signals: ['ABSENCES', 'FAILING_MARKS'],
    status: 'FOLLOWED',
    actions: [],
    version: 1,
    createdAt: '2025-10-03T10:00:00Z',
    ...overrides,
  }
}

/** What the server answers as a campaign's next statuses (CampaignStatus.next). */
const CAMPAIGN_NEXT: Record<CampaignStatus, CampaignStatus[]> = {
  PLANNED: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['CLOSED'],
  CLOSED: [],
}

export function campaign(overrides: Partial<CampaignView> = {}): CampaignView {
  const status = overrides.status ?? 'ACTIVE'
  return {
    nextStatuses: CAMPAIGN_NEXT[status],
    id: 4,
    directorateCode: 'LAA',
    schoolYear: '2025/2026',
    titleAr: 'الحملة التحسيسية للتربية غير النظامية',
    titleFr: 'Campagne de sensibilisation à l’éducation non formelle',
    startsOn: '2025-09-16',
    endsOn: '2025-10-31',
    objectives: 'Repérer les enfants déscolarisés de Hay Al Wahda et d’El Marsa.',
    targetChildren: 187,
    status: 'ACTIVE',
    communeCodes: ['LAA-LAAYOUNE', 'LAA-ELMARSA'],
    channels: ['DOOR_TO_DOOR', 'RADIO'],
    associationIds: [3],
    version: 1,
    createdAt: '2025-09-10T09:00:00Z',
    updatedAt: '2025-09-16T09:00:00Z',
    ...overrides,
  }
}

export function caravan(overrides: Partial<CaravanView> = {}): CaravanView {
  return {
    id: 6,
    campaignId: 4,
    directorateCode: 'LAA',
    name: 'قافلة الوحدة',
    startsOn: '2025-09-20',
    endsOn: '2025-09-27',
    team: [
      { id: 61, fullName: 'فاطمة الزهراء', associationId: 3, role: 'LEADER', phone: '+212 600 11 22 33' },
      { id: 62, fullName: 'Youssef Alaoui', role: 'SOCIAL_WORKER' },
    ],
    version: 2,
    createdAt: '2025-09-15T09:00:00Z',
    updatedAt: '2025-09-15T09:00:00Z',
    ...overrides,
  }
}

export function stop(overrides: Partial<StopView> = {}): StopView {
  return {
    id: 70,
    caravanId: 6,
    caravanName: 'قافلة الوحدة',
    visitOn: '2025-09-20',
    communeCode: 'LAA-LAAYOUNE',
    place: 'حي الوحدة',
    status: 'PLANNED',
    version: 0,
    createdAt: '2025-09-15T10:00:00Z',
    updatedAt: '2025-09-15T10:00:00Z',
    ...overrides,
  }
}

/** A child the caravan found at stop 70, recorded by association 3 with the guardian's consent to share. */
/** What the server answers as a case's next statuses (CaseStatus.next). */
const CASE_NEXT: Record<CaseStatus, CaseStatus[]> = {
  IDENTIFIED: ['CONTACTED', 'DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE'],
  CONTACTED: ['REFERRED', 'DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE'],
  REFERRED: ['CONTACTED', 'DECLINED', 'UNREACHABLE', 'NOT_ELIGIBLE'],
  DECLINED: ['CONTACTED'],
  UNREACHABLE: ['CONTACTED'],
  ENROLLED: [],
  NOT_ELIGIBLE: [],
}

export function childCase(overrides: Partial<CaseView> = {}): CaseView {
  const status = overrides.status ?? 'IDENTIFIED'
  return {
    nextStatuses: CASE_NEXT[status],
    id: 13,
    directorateCode: 'LAA',
    associationId: 3,
    campaignId: 4,
    caravanId: 6,
    stopId: 70,
    foundByMemberId: 61,
    foundOn: '2025-09-20',
    firstNameAr: 'سيدي',
    lastNameAr: 'بنعمر',
    sex: 'M',
    birthDate: '2010-03-15',
    guardianName: 'الأب بنعمر',
    guardianRelation: 'FATHER',
    guardianPhone: '+212 663 81 20 13',
    communeCode: 'LAA-LAAYOUNE',
    lastGradeCompleted: 'P4',
    yearLeftSchool: 2022,
    dropoutReason: 'DISTANCE',
    shareConsent: true,
    status: 'IDENTIFIED',
    statusChangedOn: '2025-09-20',
    recordedBy: 'assoc.tamayuz',
    version: 0,
    createdAt: '2025-09-20T18:00:00Z',
    updatedAt: '2025-09-20T18:00:00Z',
    ...overrides,
  }
}
