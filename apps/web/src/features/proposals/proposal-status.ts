import type { ProposalStatus } from '../../graphql/graphql';

export const STATUSES: readonly ProposalStatus[] = ['DRAFT', 'UNDER_REVIEW', 'VOTING', 'ADOPTED', 'REJECTED', 'INCORPORATED', 'WITHDRAWN'];

/** The list's "everything in process": what is before the states or decided for the next release. */
export const IN_PROCESS: ProposalStatus[] = ['UNDER_REVIEW', 'VOTING', 'ADOPTED'];
export const IN_PROCESS_FILTER = 'in-process';

export interface ProposalFilters {
  status: string;
  sponsor: string;
  code: string;
  words: string;
}

/** The filters as the address carries them, so a filtered list can be bookmarked, shared and reloaded. */
export function filtersFrom(params: URLSearchParams): ProposalFilters {
  return { status: params.get('status') ?? '', sponsor: params.get('sponsor') ?? '', code: params.get('code') ?? '', words: params.get('q') ?? '' };
}

export function filtersToParams(filters: ProposalFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.sponsor) params.set('sponsor', filters.sponsor);
  if (filters.code.trim()) params.set('code', filters.code.trim().toUpperCase());
  if (filters.words.trim()) params.set('q', filters.words.trim());
  return params;
}

/** The proposals query's variables for these filters; an unknown status in the address is ignored. */
export function filterVariables(filters: ProposalFilters) {
  const status = (STATUSES as string[]).includes(filters.status) ? (filters.status as ProposalStatus) : undefined;
  return {
    status,
    statuses: filters.status === IN_PROCESS_FILTER ? IN_PROCESS : undefined,
    sponsor: filters.sponsor || undefined,
    code: filters.code || undefined,
    search: filters.words || undefined,
  };
}

export const hasFilters = (filters: ProposalFilters) => Boolean(filters.status || filters.sponsor || filters.code || filters.words);
