// Every doc page, guides and reference alike, gets the Markdown controls beside its breadcrumbs.
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import type { WrapperProps } from '@docusaurus/types';
import CopyMarkdown from '@site/src/components/CopyMarkdown';
import styles from './styles.module.css';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

export default function DocBreadcrumbsWrapper(props: Props) {
  return (
    <div className={styles.bar}>
      <DocBreadcrumbs {...props} />
      <CopyMarkdown />
    </div>
  );
}
