// The values of the contract's enumerations, in the order the screens offer them. Each list is
// checked against the generated types: a value added to the contract fails the type check here.
import type {
  ActivityCategory,
  ActivityKind,
  AgreementStatus,
  CampaignStatus,
  CaseStatus,
  Channel,
  ConsentPurpose,
  Dimension,
  DropoutReason,
  Grade,
  GuardianRelation,
  ImportStatus,
  Outcome,
  Programme,
  PupilStatus,
  RiskSignal,
  Sex,
  StopStatus,
  Strand,
  SupportAction,
  TeamRole,
} from '@/api/types'

/** The array, typed, provided it names every value of T (and nothing else). */
function every<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : never)): readonly T[] => values
}

export const PROGRAMMES = every<Programme>()(['NFE_BASIC', 'E2C_NG', 'AT_RISK_SUPPORT', 'AWARENESS'])
/** The programmes a centre runs and a learner is placed in, by age band. */
export const CENTRE_TYPES = ['NFE_BASIC', 'E2C_NG'] as const satisfies readonly Programme[]
export const STRANDS = every<Strand>()(['EDUCATIONAL_UPGRADING', 'TRADES_INTRODUCTION', 'ACCOMPANIMENT'])
export const AGREEMENT_STATUSES = every<AgreementStatus>()(['DRAFT', 'SIGNED', 'ACTIVE', 'SUSPENDED', 'CLOSED'])
export const SEXES = every<Sex>()(['F', 'M'])
export const GUARDIAN_RELATIONS = every<GuardianRelation>()([
  'MOTHER',
  'FATHER',
  'GRANDPARENT',
  'SIBLING',
  'UNCLE_AUNT',
  'LEGAL_GUARDIAN',
  'SELF',
  'OTHER',
])
export const GRADES = every<Grade>()(['NONE', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'C1', 'C2', 'C3'])
export const DROPOUT_REASONS = every<DropoutReason>()([
  'ECONOMIC',
  'DISTANCE',
  'ACADEMIC_FAILURE',
  'FAMILY',
  'HEALTH',
  'DISABILITY',
  'MIGRATION',
  'CHILD_LABOUR',
  'EARLY_MARRIAGE',
  'NEVER_ENROLLED',
  'OTHER',
])
export const CONSENT_PURPOSES = every<ConsentPurpose>()([
  'EDUCATIONAL_FOLLOW_UP',
  'STATISTICS',
  'SHARING_WITH_PARTNERS',
  'PHOTOS_AND_MEDIA',
])
export const OUTCOMES = every<Outcome>()([
  'COMPLETED',
  'REINTEGRATED_FORMAL_SCHOOL',
  'VOCATIONAL_TRAINING',
  'LABOUR_MARKET',
  'DROPPED_OUT',
  'TRANSFERRED',
  'WITHDRAWN',
])
/** How an enrolled learner's placement ends (a transfer has its own action). */
export const ENROLLED_OUTCOMES = [
  'COMPLETED',
  'REINTEGRATED_FORMAL_SCHOOL',
  'VOCATIONAL_TRAINING',
  'LABOUR_MARKET',
  'DROPPED_OUT',
] as const satisfies readonly Outcome[]
/** Agreement statuses whose move needs a reason, kept in the history. */
export const REASON_REQUIRED: ReadonlySet<AgreementStatus> = new Set(['SUSPENDED', 'CLOSED'])

export const IMPORT_STATUSES = every<ImportStatus>()([
  'VALIDATING',
  'VALIDATED',
  'INVALID',
  'COMMITTING',
  'COMMITTED',
  'FAILED',
])
export const ACTIVITY_KINDS = every<ActivityKind>()(['PSYCHOLOGICAL_SUPPORT', 'PARALLEL_ACTIVITY'])
export const ACTIVITY_CATEGORIES = every<ActivityCategory>()([
  'SPORT',
  'ARTS',
  'CULTURE',
  'CIVIC',
  'OUTING',
  'HEALTH',
  'OTHER',
])
export const RISK_SIGNALS = every<RiskSignal>()([
  'ABSENCES',
  'FAILING_MARKS',
  'REPETITION',
  'BEHAVIOUR',
  'FAMILY_SITUATION',
  'DISTANCE',
  'OTHER',
])
export const PUPIL_STATUSES = every<PupilStatus>()(['FOLLOWED', 'STABILISED', 'DROPPED_OUT'])
export const SUPPORT_ACTIONS = every<SupportAction>()([
  'HOME_VISIT',
  'FAMILY_MEETING',
  'SCHOOL_MEETING',
  'TUTORING',
  'PSYCHOLOGICAL_REFERRAL',
  'MATERIAL_SUPPORT',
  'OTHER',
])
/** What beneficiaries can be counted by, in the order the statistics page offers them. */
export const DIMENSIONS = every<Dimension>()([
  'PROGRAMME',
  'SEX',
  'AGE',
  'NATIONALITY',
  'STATUS',
  'OUTCOME',
  'CENTRE',
  'ASSOCIATION',
  'DIRECTORATE',
])

export const CAMPAIGN_STATUSES = every<CampaignStatus>()(['PLANNED', 'ACTIVE', 'CLOSED'])
/** How a campaign reaches people, in the order the screens offer them. */
export const CHANNELS = every<Channel>()([
  'MEETING',
  'DOOR_TO_DOOR',
  'SCHOOLS',
  'MOSQUES',
  'RADIO',
  'TV',
  'SOCIAL_MEDIA',
  'POSTERS',
  'OTHER',
])
export const TEAM_ROLES = every<TeamRole>()([
  'LEADER',
  'SOCIAL_WORKER',
  'TEACHER',
  'FACILITATOR',
  'DRIVER',
  'VOLUNTEER',
  'OTHER',
])
export const STOP_STATUSES = every<StopStatus>()(['PLANNED', 'DONE', 'CANCELLED'])
/** A case's steps in the order of the follow-up, then the ways out of it. */
export const CASE_STATUSES = every<CaseStatus>()([
  'IDENTIFIED',
  'CONTACTED',
  'REFERRED',
  'ENROLLED',
  'DECLINED',
  'UNREACHABLE',
  'NOT_ELIGIBLE',
])
