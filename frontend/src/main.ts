import 'primeicons/primeicons.css'
import './styles.css'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ToastService from 'primevue/toastservice'
import { createApp } from 'vue'
import { createWebHistory } from 'vue-router'
import App from './App.vue'
import { createAppI18n, messages } from './i18n'
import { setCurrentUser, signIn, userLocale } from './lib/auth'
import { api } from './lib/http'
import { setUploadLimits } from './lib/limits'
import { isLocale, type Locale, restoreLocale, setLocale } from './lib/locale'
import { forsaTheme, primeVueLocale } from './lib/theme'
import { createAppRouter } from './router'
import {
  type FieldSession,
  isNetworkFailure,
  offlineStart,
  rememberFieldSession,
  rememberedFieldSession,
} from './lib/fieldSession'
import { startOutbox } from './lib/outbox'

async function start(): Promise<void> {
  let locale = restoreLocale()
  const kept = rememberedFieldSession()
  if (!navigator.onLine && kept) {
    startOffline(kept)
    return
  }
  try {
    const { data: config } = await api.GET('/api/v1/config')
    if (!config) throw new Error('GET /api/v1/config failed')
    setUploadLimits(config.limits)
    await signIn(config, locale)
    // The person's own choice, kept with their account, wins over this browser's default.
    const chosen = userLocale()
    if (isLocale(chosen) && chosen !== locale) {
      setLocale(chosen)
      locale = chosen
    }
    const { data: me } = await api.GET('/api/v1/me')
    if (!me) throw new Error('GET /api/v1/me failed')
    setCurrentUser(me)
    rememberFieldSession({ config, me })
  } catch (error) {
    if (kept && isNetworkFailure(error)) {
      startOffline(kept)
      return
    }
    console.error(error)
    showStartupError(messages[locale].app)
    return
  }
  await mount(locale)
  void startOutbox()
}

/** No network: the app opens as the person who used this device last; their writes wait in the outbox. */
function startOffline(kept: FieldSession): void {
  offlineStart.value = true
  setUploadLimits(kept.config.limits)
  setCurrentUser(kept.me)
  void mount(restoreLocale())
  void startOutbox()
}

/** Mounts once the first navigation has settled, so a redirect (the home page's) never shows its first address. */
async function mount(locale: Locale): Promise<void> {
  const router = createAppRouter(createWebHistory())
  const app = createApp(App)
    .use(createAppI18n())
    .use(PrimeVue, { theme: forsaTheme, locale: primeVueLocale(locale) })
    .use(ToastService)
    .use(ConfirmationService)
    .use(router)
  await router.isReady()
  app.mount('#app')
}

/** Without configuration or sign-in there is no app to mount: say so plainly. */
function showStartupError(text: { startupError: string; retry: string }): void {
  const box = document.createElement('main')
  box.className = 'startup-error'
  const message = document.createElement('p')
  message.textContent = text.startupError
  const retry = document.createElement('button')
  retry.type = 'button'
  retry.textContent = text.retry
  retry.addEventListener('click', () => window.location.reload())
  box.append(message, retry)
  document.getElementById('app')?.replaceChildren(box)
}

void start()
