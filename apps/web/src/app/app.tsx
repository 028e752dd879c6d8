import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './apollo-client';
import { LocaleProvider } from './i18n/locale-provider';
import { routes } from './routes';
import { SessionProvider } from './session/session-context';

export function App() {
  const client = useMemo(createApolloClient, []);
  const router = useMemo(() => createBrowserRouter(routes), []);
  return (
    <ApolloProvider client={client}>
      <LocaleProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </LocaleProvider>
    </ApolloProvider>
  );
}
