/**
 * A result pane: one file exports its component and this description, and `panes.ts` lists it.
 * The tab strip, its keyboard moves, the Alt+digit shortcuts and the tab panels all follow the list.
 */
import type { StringKey } from '../i18n/i18n';
import type { AppStore, Tab } from '../store/store';

export interface Pane {
  /** Also the tab a permalink opens (`@dop/share` VIEWS). */
  id: Tab;
  /** The tab's name. */
  label: StringKey;
  Panel: () => React.JSX.Element | null;
  /** The number shown on the tab while there are results (none while the class predicts). */
  count?: (s: AppStore) => number;
}
