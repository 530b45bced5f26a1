// "Add as a statement" reachable from deep inside the panel (an annotation in
// its list) without threading a callback through every list component: the
// panel provides this; components that offer the action read it.
import { createContext } from 'preact';
import type { Annotation } from '../../lib/annotations/types';

export const AddStatementContext = createContext<((annotation: Pick<Annotation, 'exact' | 'url' | 'title' | 'published' | 'outletId' | 'claimIds'>) => void) | undefined>(undefined);
