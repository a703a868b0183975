import { createRouter, type RouterHistory, type RouteRecordRaw } from 'vue-router'
import { can, type Permission } from './lib/auth'
import { trackNavigations } from './lib/navigation'

declare module 'vue-router' {
  interface RouteMeta {
    /** The permission a person needs to open the page; without it they land on the home page. */
    permission?: Permission
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('./features/home/HomePage.vue'),
    // Whoever may see the associations starts there, the academy analyst on the statistics; this
    // friendly home is for an account that may open neither.
    beforeEnter: () => {
      if (can('associations.view')) return { name: 'associations' }
      if (can('statistics.view')) return { name: 'statistics' }
      return true
    },
  },
  {
    path: '/associations',
    name: 'associations',
    component: () => import('./features/associations/AssociationsPage.vue'),
    meta: { permission: 'associations.view' },
  },
  {
    path: '/associations/new',
    name: 'association-new',
    component: () => import('./features/associations/AssociationForm.vue'),
    meta: { permission: 'associations.manage' },
  },
  {
    path: '/associations/:id(\\d+)',
    name: 'association-edit',
    component: () => import('./features/associations/AssociationForm.vue'),
    props: true,
    meta: { permission: 'associations.view' },
  },
  {
    path: '/centres',
    name: 'centres',
    component: () => import('./features/centres/CentresPage.vue'),
    meta: { permission: 'centres.view' },
  },
  {
    path: '/centres/new',
    name: 'centre-new',
    component: () => import('./features/centres/CentreForm.vue'),
    meta: { permission: 'centres.manage' },
  },
  {
    path: '/centres/:id(\\d+)',
    name: 'centre',
    component: () => import('./features/centres/CentrePage.vue'),
    props: true,
    meta: { permission: 'centres.view' },
  },
  {
    path: '/centres/:id(\\d+)/edit',
    name: 'centre-edit',
    component: () => import('./features/centres/CentreForm.vue'),
    props: true,
    meta: { permission: 'centres.manage' },
  },
  {
    path: '/agreements',
    name: 'agreements',
    component: () => import('./features/agreements/AgreementsPage.vue'),
    meta: { permission: 'agreements.view' },
  },
  {
    path: '/agreements/new',
    name: 'agreement-new',
    component: () => import('./features/agreements/AgreementForm.vue'),
    meta: { permission: 'agreements.manage' },
  },
  {
    path: '/agreements/:id(\\d+)',
    name: 'agreement',
    component: () => import('./features/agreements/AgreementPage.vue'),
    props: true,
    meta: { permission: 'agreements.view' },
  },
  {
    path: '/agreements/:id(\\d+)/edit',
    name: 'agreement-edit',
    component: () => import('./features/agreements/AgreementForm.vue'),
    props: true,
    meta: { permission: 'agreements.manage' },
  },
  {
    path: '/campaigns',
    name: 'campaigns',
    component: () => import('./features/campaigns/CampaignsPage.vue'),
    meta: { permission: 'campaigns.view' },
  },
  {
    path: '/campaigns/new',
    name: 'campaign-new',
    component: () => import('./features/campaigns/CampaignForm.vue'),
    meta: { permission: 'campaigns.manage' },
  },
  {
    path: '/campaigns/:id(\\d+)',
    name: 'campaign',
    component: () => import('./features/campaigns/CampaignPage.vue'),
    props: true,
    meta: { permission: 'campaigns.view' },
  },
  {
    path: '/campaigns/:id(\\d+)/edit',
    name: 'campaign-edit',
    component: () => import('./features/campaigns/CampaignForm.vue'),
    props: true,
    meta: { permission: 'campaigns.manage' },
  },
  {
    path: '/campaigns/:campaignId(\\d+)/caravans/new',
    name: 'caravan-new',
    component: () => import('./features/caravans/CaravanForm.vue'),
    props: true,
    meta: { permission: 'campaigns.manage' },
  },
  {
    path: '/caravans/:id(\\d+)',
    name: 'caravan',
    component: () => import('./features/caravans/CaravanPage.vue'),
    props: true,
    meta: { permission: 'campaigns.view' },
  },
  {
    path: '/caravans/:id(\\d+)/edit',
    name: 'caravan-edit',
    component: () => import('./features/caravans/CaravanForm.vue'),
    props: true,
    meta: { permission: 'campaigns.manage' },
  },
  {
    path: '/caravans/:caravanId(\\d+)/stops/:stopId(\\d+)',
    name: 'stop',
    component: () => import('./features/caravans/StopPage.vue'),
    props: true,
    meta: { permission: 'campaigns.view' },
  },
  {
    path: '/caravans/:caravanId(\\d+)/stops/:stopId(\\d+)/cases/new',
    name: 'stop-case-new',
    component: () => import('./features/cases/CaseForm.vue'),
    props: true,
    meta: { permission: 'cases.manage' },
  },
  {
    path: '/cases',
    name: 'cases',
    component: () => import('./features/cases/CasesBoard.vue'),
    meta: { permission: 'cases.view' },
  },
  {
    path: '/cases/new',
    name: 'case-new',
    component: () => import('./features/cases/CaseForm.vue'),
    meta: { permission: 'cases.manage' },
  },
  {
    path: '/cases/:id(\\d+)',
    name: 'case',
    component: () => import('./features/cases/CasePage.vue'),
    props: true,
    meta: { permission: 'cases.view' },
  },
  {
    path: '/cases/:id(\\d+)/edit',
    name: 'case-edit',
    component: () => import('./features/cases/CaseForm.vue'),
    props: true,
    meta: { permission: 'cases.manage' },
  },
  {
    path: '/webhooks',
    name: 'webhooks',
    component: () => import('./features/webhooks/WebhooksPage.vue'),
    meta: { permission: 'webhooks.manage' },
  },
  {
    path: '/school-years',
    name: 'school-years',
    component: () => import('./features/school-years/SchoolYearsPage.vue'),
    meta: { permission: 'schoolYears.view' },
  },
  {
    path: '/learners',
    name: 'learners',
    component: () => import('./features/learners/LearnersPage.vue'),
    meta: { permission: 'learners.view' },
  },
  {
    path: '/learners/new',
    name: 'learner-new',
    component: () => import('./features/learners/LearnerNewPage.vue'),
    meta: { permission: 'learners.manage' },
  },
  {
    path: '/learners/:id(\\d+)',
    name: 'learner',
    component: () => import('./features/learners/LearnerPage.vue'),
    props: true,
    meta: { permission: 'learners.view' },
  },
  {
    path: '/imports',
    name: 'imports',
    component: () => import('./features/imports/ImportsPage.vue'),
    meta: { permission: 'imports.manage' },
  },
  {
    path: '/support',
    name: 'support',
    component: () => import('./features/support/SupportPage.vue'),
    meta: { permission: 'support.view' },
  },
  {
    path: '/support/activities/new',
    name: 'support-activity-new',
    component: () => import('./features/support/ActivityPage.vue'),
    meta: { permission: 'support.manage' },
  },
  {
    path: '/support/activities/:id(\\d+)',
    name: 'support-activity',
    component: () => import('./features/support/ActivityPage.vue'),
    props: true,
    meta: { permission: 'support.view' },
  },
  {
    path: '/support/pupils/new',
    name: 'support-pupil-new',
    component: () => import('./features/support/PupilNewPage.vue'),
    meta: { permission: 'support.manage' },
  },
  {
    path: '/support/pupils/:id(\\d+)',
    name: 'support-pupil',
    component: () => import('./features/support/PupilPage.vue'),
    props: true,
    meta: { permission: 'support.view' },
  },
  {
    path: '/statistics',
    name: 'statistics',
    component: () => import('./features/statistics/StatisticsPage.vue'),
    meta: { permission: 'statistics.view' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./features/home/NotFoundPage.vue'),
  },
]

export function createAppRouter(history: RouterHistory) {
  const router = createRouter({ history, routes })
  trackNavigations(router)
  router.beforeEach((to) => {
    const permission = to.meta.permission
    if (permission && !can(permission)) return { name: 'home' }
    return true
  })
  return router
}
