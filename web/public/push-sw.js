/* Web Push for Passerelle (imported by the generated service worker; docs/linked-account.md).
   The message carries nothing personal ({"kind":"request"}): the notification says only that the
   computer asks for a document, and the app reads the request itself with its device session. */
const PUSH_TEXT = {
  en: ['Passerelle', 'Your computer asks for a document. Open the app to add it.'],
  fr: ['Passerelle', 'Votre ordinateur demande un document. Ouvrez l’application pour l’ajouter.'],
  de: ['Passerelle', 'Ihr Computer bittet um ein Dokument. Öffnen Sie die App, um es hinzuzufügen.'],
};

self.addEventListener('push', (event) => {
  const language = (self.navigator.language || 'en').slice(0, 2);
  const [title, body] = PUSH_TEXT[language] || PUSH_TEXT.en;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) client.postMessage({ kind: 'request' });
      await self.registration.showNotification(title, {
        body,
        icon: '/icons/pwa-192x192.png',
        tag: 'passerelle-request',
      });
    })(),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).pathname.startsWith('/app'));
      if (open) return open.focus();
      return self.clients.openWindow('/app');
    })(),
  );
});
