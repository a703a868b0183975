// Names for the shapes the SPA uses, taken from the operations of the generated contract
// so that they follow the contract whatever the backend calls its schemas.
import type { components, paths } from './schema'

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never

export type ClientConfig = JsonBody<paths['/api/v1/config']['get']['responses'][200]>
export type CurrentUser = JsonBody<paths['/api/v1/me']['get']['responses'][200]>
export type AssociationView = JsonBody<paths['/api/v1/associations/{id}']['get']['responses'][200]>
export type AssociationPage = JsonBody<paths['/api/v1/associations']['get']['responses'][200]>
export type AssociationInput = JsonBody<NonNullable<paths['/api/v1/associations']['post']['requestBody']>>
export type CommunePage = JsonBody<paths['/api/v1/directorates/{code}/communes']['get']['responses'][200]>
export type CommuneView = NonNullable<CommunePage['items']>[number]

type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: infer B }
  ? JsonBody<NonNullable<B>>
  : never
type Ok<P extends keyof paths, M extends keyof paths[P], S extends number = 200> = paths[P][M] extends {
  responses: infer R
}
  ? S extends keyof R
    ? JsonBody<R[S]>
    : never
  : never
type ItemOf<T> = T extends { items?: (infer I)[] } ? I : never

export type SchoolYearPage = Ok<'/api/v1/school-years', 'get'>
export type SchoolYearView = ItemOf<SchoolYearPage>
export type SchoolYearInput = Body<'/api/v1/school-years', 'post'>
export type AgeBandView = NonNullable<SchoolYearView['bands']>[number]
export type AgeBandInput = Body<'/api/v1/school-years/{id}/age-bands/{programme}', 'put'>
export type EligibilityView = Ok<'/api/v1/eligibility', 'get'>
export type ProgrammeEligibility = NonNullable<EligibilityView['programmes']>[number]

export type CentrePage = Ok<'/api/v1/centres', 'get'>
export type CentreView = Ok<'/api/v1/centres/{id}', 'get'>
export type CentreInput = Body<'/api/v1/centres', 'post'>

export type AgreementPage = Ok<'/api/v1/agreements', 'get'>
export type AgreementView = Ok<'/api/v1/agreements/{id}', 'get'>
export type AgreementInput = Body<'/api/v1/agreements', 'post'>
export type AgreementTransitionInput = Body<'/api/v1/agreements/{id}/transitions', 'post'>
export type StatusChangeView = ItemOf<Ok<'/api/v1/agreements/{id}/history', 'get'>>
export type TrancheView = NonNullable<AgreementView['tranches']>[number]
export type ProgrammeTargetView = NonNullable<AgreementView['programmes']>[number]

export type LearnerPage = Ok<'/api/v1/learners', 'get'>
export type LearnerView = Ok<'/api/v1/learners/{id}', 'get'>
export type LearnerInput = Body<'/api/v1/learners', 'post'>
export type AnonymisationInput = Body<'/api/v1/learners/{id}/anonymisation', 'post'>

export type PlacementPage = Ok<'/api/v1/placements', 'get'>
export type PlacementView = Ok<'/api/v1/placements/{id}', 'get'>
export type PlacementInput = Body<'/api/v1/placements', 'post'>
export type PlacementEndInput = Body<'/api/v1/placements/{id}/end', 'post'>

export type Programme = NonNullable<CentreView['type']>
export type Strand = NonNullable<CentreView['strands']>[number]
export type AgreementStatus = NonNullable<AgreementView['status']>
export type PlacementStatus = NonNullable<PlacementView['status']>
export type Outcome = NonNullable<PlacementView['outcome']>
export type BandSource = NonNullable<AgeBandView['source']>
export type Sex = NonNullable<LearnerView['sex']>
export type GuardianRelation = NonNullable<LearnerView['guardianRelation']>
export type Grade = NonNullable<LearnerView['lastGradeCompleted']>
export type DropoutReason = NonNullable<LearnerView['dropoutReason']>
export type ConsentPurpose = NonNullable<LearnerView['consentPurposes']>[number]

export type ImportPage = Ok<'/api/v1/imports', 'get'>
export type ImportJob = Ok<'/api/v1/imports/{id}', 'get'>
export type ImportStatus = NonNullable<ImportJob['status']>
export type ImportRowError = ItemOf<Ok<'/api/v1/imports/{id}/errors', 'get'>>

export type SupportActivityPage = Ok<'/api/v1/support-activities', 'get'>
export type SupportActivityView = Ok<'/api/v1/support-activities/{id}', 'get'>
export type SupportActivityInput = Body<'/api/v1/support-activities', 'post'>
export type AttendanceInput = NonNullable<SupportActivityInput['attendance']>[number]
export type ActivityKind = NonNullable<SupportActivityView['kind']>
export type ActivityCategory = NonNullable<SupportActivityView['category']>

export type AtRiskPupilPage = Ok<'/api/v1/at-risk-pupils', 'get'>
export type AtRiskPupilView = Ok<'/api/v1/at-risk-pupils/{id}', 'get'>
export type AtRiskPupilInput = Body<'/api/v1/at-risk-pupils', 'post'>
export type AtRiskActionInput = Body<'/api/v1/at-risk-pupils/{id}/actions', 'post'>
export type AtRiskActionView = NonNullable<AtRiskPupilView['actions']>[number]
export type RiskSignal = NonNullable<AtRiskPupilView['signals']>[number]
export type PupilStatus = NonNullable<AtRiskPupilView['status']>
export type SupportAction = NonNullable<AtRiskActionView['action']>

export type DirectorateView = ItemOf<Ok<'/api/v1/directorates', 'get'>>
export type BeneficiaryStatistics = Ok<'/api/v1/statistics/beneficiaries', 'get'>
export type BeneficiaryCell = NonNullable<BeneficiaryStatistics['cells']>[number]
export type Dimension = NonNullable<BeneficiaryStatistics['groupBy']>[number]

export type CampaignPage = Ok<'/api/v1/campaigns', 'get'>
export type CampaignView = Ok<'/api/v1/campaigns/{id}', 'get'>
export type CampaignInput = Body<'/api/v1/campaigns', 'post'>
export type CampaignTransitionInput = Body<'/api/v1/campaigns/{id}/transitions', 'post'>
export type CampaignReach = Ok<'/api/v1/campaigns/{id}/reach', 'get'>
export type CampaignReachEntry = NonNullable<CampaignReach['items']>[number]
export type CampaignReachInput = Body<'/api/v1/campaigns/{id}/reach', 'post'>
export type CampaignStatus = NonNullable<CampaignView['status']>
export type Channel = NonNullable<CampaignView['channels']>[number]

export type CaravanPage = Ok<'/api/v1/caravans', 'get'>
export type CaravanView = Ok<'/api/v1/caravans/{id}', 'get'>
export type CaravanInput = Body<'/api/v1/caravans', 'post'>
export type CaravanMember = NonNullable<CaravanView['team']>[number]
export type CaravanMemberInput = CaravanInput['team'][number]
export type TeamRole = NonNullable<CaravanMember['role']>
export type StopPage = Ok<'/api/v1/caravans/{id}/stops', 'get'>
export type StopView = Ok<'/api/v1/caravans/{id}/stops/{stopId}', 'get'>
export type StopInput = Body<'/api/v1/caravans/{id}/stops', 'post'>
export type StopStatus = NonNullable<StopView['status']>

export type CasePage = Ok<'/api/v1/cases', 'get'>
export type CaseView = Ok<'/api/v1/cases/{id}', 'get'>
export type CaseInput = Body<'/api/v1/cases', 'post'>
export type CaseCounts = Ok<'/api/v1/cases/counts', 'get'>
export type CaseTransitionInput = Body<'/api/v1/cases/{id}/transitions', 'post'>
export type CaseStatusChange = ItemOf<Ok<'/api/v1/cases/{id}/history', 'get'>>
export type CaseNote = ItemOf<Ok<'/api/v1/cases/{id}/notes', 'get'>>
export type CaseEnrolmentInput = Body<'/api/v1/cases/{id}/enrolment', 'post'>
export type CaseEnrolment = Ok<'/api/v1/cases/{id}/enrolment', 'post', 201>
export type CaseStatus = NonNullable<CaseView['status']>
/** What a 409 duplicate of createCase lists in `matches` (a problem's extension, so named by the contract's schema). */
export type CaseMatch = components['schemas']['CaseMatch']

export type WebhookView = Ok<'/api/v1/webhooks/{id}', 'get'>
export type WebhookInput = Body<'/api/v1/webhooks', 'post'>
export type WebhookEventType = NonNullable<WebhookInput['eventTypes']>[number]
export type WebhookDeliveryPage = Ok<'/api/v1/webhooks/{id}/deliveries', 'get'>
export type WebhookDeliveryView = ItemOf<WebhookDeliveryPage>

export type OutreachFunnel = Ok<'/api/v1/statistics/outreach', 'get'>
export type FunnelCell = NonNullable<OutreachFunnel['cells']>[number]

export type AgreementsProgress = Ok<'/api/v1/statistics/agreements', 'get'>
export type AgreementProgress = NonNullable<AgreementsProgress['agreements']>[number]

export type OutcomeStatistics = Ok<'/api/v1/statistics/outcomes', 'get'>
export type OutcomeCell = NonNullable<OutcomeStatistics['cells']>[number]
export type OutcomeName = NonNullable<NonNullable<OutcomeCell['outcomes']>[number]['outcome']>

export type OccupancyStatistics = Ok<'/api/v1/statistics/occupancy', 'get'>
export type CentreOccupancy = NonNullable<OccupancyStatistics['centres']>[number]
