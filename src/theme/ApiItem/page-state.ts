// The little of the try-it console's state that the rest of a reference page shares with it: the
// request's and the response's media type (MimeTabs) and the oneOf/anyOf tab chosen in the request
// body (Schema). Upstream keeps it in the console's Redux Toolkit store, which the page's ApiItem
// created on every render, before hydration; here the page holds these three slices in a plain
// store, and the console's Redux store, created in its lazily loaded chunk, takes them over once
// it exists (src/theme/ApiItem/console-store.tsx). The page's MimeTabs and Schema reach this
// store through stand-ins of the theme's hooks and slices (src/plugins/hydration-cost/swaps.ts).
import { createContext, useContext } from 'react';

export interface Action<P = unknown> {
  type: string;
  payload?: P;
}

type Reducers<S> = Record<string, (state: S, payload: never) => S>;
type ActionCreators<S, R extends Reducers<S>> = {
  [K in keyof R]: ((...payload: Parameters<R[K]>[1] extends never ? [] : [Parameters<R[K]>[1]]) => Action) & { type: string };
};

/**
 * A Redux Toolkit slice's shape without Redux Toolkit: the same action types (`<name>/<reducer>`),
 * so the console's real slices answer the actions the page dispatched.
 */
export function plainSlice<S, R extends Reducers<S>>(name: string, initialState: S, reducers: R) {
  const actions = Object.fromEntries(
    Object.keys(reducers).map((key) => {
      const type = `${name}/${key}`;
      return [key, Object.assign((payload?: unknown) => ({ type, payload }), { type })];
    }),
  ) as unknown as ActionCreators<S, R>;
  const reducer = (state: S = initialState, action: Action): S => {
    const [slice, key] = action.type.split('/');
    return slice === name && key in reducers ? reducers[key](state, action.payload as never) : state;
  };
  return { name, actions, reducer };
}

export interface MediaTypeState {
  value?: string;
  options?: string[];
}

export const acceptSlice = plainSlice('accept', {} as MediaTypeState, {
  setAccept: (state, value: string) => ({ ...state, value }),
});

export const contentTypeSlice = plainSlice('contentType', {} as MediaTypeState, {
  setContentType: (state, value: string) => ({ ...state, value }),
});

export const schemaSelectionSlice = plainSlice('schemaSelection', { selections: {} as Record<string, number> }, {
  setSchemaSelection: (state, { path, index }: { path: string; index: number }) => ({ selections: { ...state.selections, [path]: index } }),
  clearSchemaSelections: () => ({ selections: {} }),
});

export interface PageState {
  accept: MediaTypeState;
  contentType: MediaTypeState;
  schemaSelection: { selections: Record<string, number> };
}

interface StoreLike<S> {
  getState(): S;
  dispatch(action: Action): unknown;
  subscribe(listener: () => void): () => void;
}

export interface PageStore extends StoreLike<PageState> {
  /** Hands the page's state to the console's store, which holds it until the returned call. */
  handOver(store: StoreLike<PageState>): () => void;
}

export function createPageState(): PageStore {
  let local: PageState = {
    accept: acceptSlice.reducer(undefined, { type: '' }),
    contentType: contentTypeSlice.reducer(undefined, { type: '' }),
    schemaSelection: schemaSelectionSlice.reducer(undefined, { type: '' }),
  };
  let console: StoreLike<PageState> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    getState: () => console?.getState() ?? local,
    dispatch(action) {
      if (console) return console.dispatch(action);
      local = {
        accept: acceptSlice.reducer(local.accept, action),
        contentType: contentTypeSlice.reducer(local.contentType, action),
        schemaSelection: schemaSelectionSlice.reducer(local.schemaSelection, action),
      };
      notify();
      return action;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    handOver(store) {
      console = store;
      const unsubscribe = store.subscribe(notify);
      notify();
      return () => {
        unsubscribe();
        local = console?.getState() ?? local;
        console = undefined;
      };
    },
  };
}

/** The reference page's store; outside a reference page (never, today) one of its own. */
export const PageStateContext = createContext<PageStore | null>(null);
const outsideAPage = createPageState();

export function usePageState(): PageStore {
  return useContext(PageStateContext) ?? outsideAPage;
}
