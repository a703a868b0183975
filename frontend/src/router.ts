import { createRouter, type RouterHistory, type RouteRecordRaw } from 'vue-router'
import { can, type Permission } from './lib/auth'

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
    // Associations are the only feature yet: whoever may see them starts there.
    beforeEnter: () => (can('associations.view') ? { name: 'associations' } : true),
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
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter(history: RouterHistory) {
  const router = createRouter({ history, routes })
  router.beforeEach((to) => {
    const permission = to.meta.permission
    if (permission && !can(permission)) return { name: 'home' }
    return true
  })
  return router
}
