// Providers: language, antd theme and locale, the query cache; then the router. antd's <App> (message, modal)
// is mounted by the lazy layout, so the sign-in bundle does not carry the modal and notification code.
import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { RouterProvider } from 'react-router';
import { I18nProvider, useI18n } from '../lib/i18n';
import { createQueryClient } from './query-client';
import { router } from './router';
import { theme } from './theme';

function ThemedApp() {
  const { antdLocale } = useI18n();
  return (
    <ConfigProvider locale={antdLocale} theme={theme}>
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <ThemedApp />
      </QueryClientProvider>
    </I18nProvider>
  );
}
