import type { Migration } from './migration';

/**
 * Version 1: the workshop library, one table per record kind, and a small key/value table.
 * Written out literally rather than derived from RECORD_KINDS or LINK_FIELDS, so later domain
 * changes cannot silently alter what version 1 was. Every link is indexed (arrays multi-entry) so
 * "what links to this?" is an index lookup; booleans such as `archived` cannot be indexed.
 */
export const v1: Migration = {
  version: 1,
  stores: {
    workshops: 'id, updatedAt',
    meta: 'key',
    participants: 'id, workshopId',
    preparationItems: 'id, workshopId',
    agendaSessions: 'id, workshopId',
    questions: 'id, workshopId',
    answers: 'id, workshopId, questionId',
    currentObjectives: 'id, workshopId',
    budgetLines: 'id, workshopId',
    scenarios: 'id, workshopId',
    findings: 'id, workshopId, *questionIds',
    lostDeals: 'id, workshopId',
    expenseLines: 'id, workshopId',
    finalObjectives: 'id, workshopId, originalObjectiveId, *findingIds',
    keyAccounts: 'id, workshopId',
    stakeholders: 'id, workshopId, keyAccountId',
    relations: 'id, workshopId, keyAccountId, fromId, toId',
    ideas: 'id, workshopId, participantId, clusterId, *objectiveIds',
    clusters: 'id, workshopId',
    votes: 'id, workshopId, participantId, ideaId',
    initiatives: 'id, workshopId, *dependsOnIds, *ideaIds, *objectiveIds',
    milestones: 'id, workshopId, initiativeId',
    communicationItems: 'id, workshopId',
    statusUpdates: 'id, workshopId, initiativeId',
    meetings: 'id, workshopId, *attendeeIds',
    kpis: 'id, workshopId, finalObjectiveId, *initiativeIds, *milestoneIds',
    measurements: 'id, workshopId, kpiId',
  },
};
