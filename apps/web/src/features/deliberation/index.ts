export { DeliberationPanel } from './deliberation-panel';
export type { DeliberationChange, DeliberationPanelProps } from './deliberation-panel';
export { DeliberationLink } from './deliberation-link';
