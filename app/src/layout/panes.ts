/**
 * The result panes, in the order the tabs show them. Adding a pane: its file (component and `Pane`),
 * one line here, its id among the views a link may open (`@dop/share` VIEWS, which the type
 * checks) and its label in the strings.
 */
import { findingsPane } from '../components/FindingsPanel';
import { layersPane } from '../components/LayersPanel';
import { practicesPane } from '../components/PracticesPanel';
import { rewritePane } from '../components/RewritePanel';
import type { Pane } from './pane';

export const PANES: readonly Pane[] = [findingsPane, rewritePane, layersPane, practicesPane];
