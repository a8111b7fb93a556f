// Fills in the in-browser sandbox's test credentials while the console points at it and the
// reader has typed none, so pressing send with the page's defaults answers 201. The values are
// the sandbox's public test credentials, shown on the sandbox page; a reader's own are never
// touched.
import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { setAuthData } from '@theme/ApiExplorer/Authorization/slice';
import { inBrowserConfig, inBrowserServer } from '@site/sandbox/core/in-browser.ts';

interface ConsoleState {
  server: { value?: { url: string } };
  auth: { data: Record<string, Record<string, string | undefined>> };
}

const scheme = 'basicAuth';

export default function SandboxDefaults() {
  const dispatch = useDispatch();
  const server = useSelector((state: ConsoleState) => state.server.value?.url);
  const basic = useSelector((state: ConsoleState) => state.auth.data[scheme]);
  const onSandbox = server === undefined || server === inBrowserServer.url;
  const empty = !basic?.username && !basic?.password;
  useEffect(() => {
    if (!onSandbox || !empty || !basic) return;
    dispatch(setAuthData({ scheme, key: 'username', value: inBrowserConfig.projectId }));
    dispatch(setAuthData({ scheme, key: 'password', value: inBrowserConfig.apiToken }));
  }, [onSandbox, empty, basic, dispatch]);
  return null;
}
