// The stock SchemaItem draws each field as a <div>, and the stock layouts put the top-level fields
// of a body (and the response headers) straight into a <ul>: a list without list items, which
// screen readers announce as empty and axe reports (`list`). Nested fields sit in <div>s, not
// lists, so an item cannot simply always be an <li>. The <ul> that wants items says so with
// <SchemaItemsInList>; a field drawn directly in it becomes an <li>, and the fields nested inside
// that field are told they are not in a list again. The stock component is left as it is.
import { createContext, useContext, type ComponentProps, type ReactNode } from 'react';
import SchemaItem from '@theme-original/SchemaItem';

const InList = createContext(false);

/** Marks the SchemaItems rendered directly below as items of the enclosing <ul>. */
export function SchemaItemsInList({ children }: { children: ReactNode }): ReactNode {
  return <InList.Provider value>{children}</InList.Provider>;
}

// The <li> adds no box of its own: the stock item's <div> keeps drawing the tree's lines, and the
// docs' `li + li` spacing would break them.
export const listItemStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

export default function SchemaItemWrapper(props: ComponentProps<typeof SchemaItem>): ReactNode {
  const inList = useContext(InList);
  if (!inList) return <SchemaItem {...props} />;
  return (
    <li style={listItemStyle}>
      <InList.Provider value={false}>
        <SchemaItem {...props} />
      </InList.Provider>
    </li>
  );
}
