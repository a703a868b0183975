import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'

// In development the SPA runs on Vite and the API on Quarkus dev mode (port 8080 unless told otherwise).
const apiTarget = process.env.FORSA_API_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    vue(),
    // Installable, and opens without a network after one visit: the service worker precaches the app shell
    // (Workbox, generated). The API is never cached: its answers hold children's data and must be fresh.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeManifestIcons: false,
      manifest: {
        name: 'فرصة Forsa',
        short_name: 'Forsa',
        description: 'التربية غير النظامية والفرصة الثانية — Éducation non formelle et deuxième chance',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        lang: 'ar',
        dir: 'rtl',
        theme_color: '#0f766e',
        background_color: '#ffffff',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,ttf,eot}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/q\//],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // the first visit is served by the worker at once, so the app opens offline after one visit
        clientsClaim: true,
        skipWaiting: true,
        // What a field team needs to find its way offline, kept from the last time it was read: the day's stops,
        // caravans, campaigns and reference lists. Never a child's record (cases, learners), never the session.
        runtimeCaching: [
          {
            urlPattern: ({ url, request }) =>
              request.method === 'GET' &&
              /^\/api\/v1\/(stops|caravans|campaigns|school-years|directorates|config)(\/|$|\?)/.test(url.pathname),
            handler: 'NetworkFirst',
            options: { cacheName: 'forsa-field', networkTimeoutSeconds: 4, expiration: { maxEntries: 200 } },
          },
        ],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})
