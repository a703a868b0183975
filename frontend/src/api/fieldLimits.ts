// Generated from ../openapi.yaml by `npm run gen:api` (scripts/field-limits.mjs): never edit by hand.
// The longest text each field of a request body accepts.
export const FIELD_LIMITS = {
  AgreementInput: {
    reference: 50,
  },
  AgreementTransitionInput: {
    reason: 500,
  },
  AnonymisationInput: {
    reason: 500,
  },
  AssociationInput: {
    acronym: 30,
    address: 300,
    communeCode: 32,
    contactName: 150,
    email: 150,
    nameAr: 200,
    nameFr: 200,
    phone: 30,
    registrationNumber: 50,
  },
  AtRiskActionInput: {
    note: 500,
  },
  AtRiskPupilInput: {
    firstNameAr: 100,
    guardianPhone: 30,
    lastNameAr: 100,
    massarCode: 10,
    schoolName: 200,
  },
  CampaignInput: {
    objectives: 2000,
    titleAr: 200,
    titleFr: 200,
  },
  CampaignReachInput: {
    notes: 500,
  },
  CampaignTransitionInput: {
    reason: 500,
  },
  CaravanInput: {
    name: 200,
    notes: 2000,
  },
  CaravanMemberInput: {
    fullName: 150,
    phone: 30,
  },
  CaseEnrolmentInput: {
    consentOverrideReason: 500,
  },
  CaseErasureInput: {
    reason: 500,
  },
  CaseInput: {
    address: 300,
    communeCode: 32,
    firstNameAr: 100,
    firstNameLatin: 100,
    guardianName: 150,
    guardianPhone: 30,
    lastNameAr: 100,
    lastNameLatin: 100,
    massarCode: 10,
  },
  CaseNoteInput: {
    text: 2000,
  },
  CaseTransitionInput: {
    consentOverrideReason: 500,
    reason: 500,
  },
  CentreInput: {
    address: 300,
    communeCode: 32,
    nameAr: 200,
    nameFr: 200,
  },
  LearnerInput: {
    address: 300,
    communeCode: 32,
    consentGivenBy: 150,
    dropoutReasonDetail: 500,
    firstNameAr: 100,
    firstNameLatin: 100,
    guardianName: 150,
    guardianPhone: 30,
    lastNameAr: 100,
    lastNameLatin: 100,
    massarCode: 10,
    nationality: 2,
  },
  PlacementInput: {
    consentOverrideReason: 500,
  },
  PlacementTransferInput: {
    consentOverrideReason: 500,
  },
  StopInput: {
    communeCode: 32,
    notes: 2000,
    place: 200,
  },
  SupportActivityInput: {
    facilitator: 150,
    notes: 1000,
    title: 200,
  },
  WebhookInput: {
    description: 200,
    url: 500,
  },
} as const
