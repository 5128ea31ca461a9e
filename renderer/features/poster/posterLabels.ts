import type { TFunction } from 'i18next';
import {
  RELATION_TYPES,
  STAKEHOLDER_ATTITUDES,
  STAKEHOLDER_SIDES,
  rolesForSide,
  type Relation,
  type RelationType,
  type Stakeholder,
  type StakeholderAttitude,
  type StakeholderRole,
  type StakeholderSide,
} from '../../../shared/domain';
import { localeFor } from '../../app/i18n';

/** Option lists and spoken descriptions of the poster's people and relations, in the UI language. */

export interface Option<V> {
  value: V;
  label: string;
}

export const RELATION_STRENGTHS = [1, 2, 3] as const;
export const INFLUENCE_LEVELS = [1, 2, 3, 4, 5] as const;

export function sideOptions(t: TFunction): Option<StakeholderSide>[] {
  return STAKEHOLDER_SIDES.map((side) => ({ value: side, label: t(`poster.side.${side}`) }));
}

export function roleOptions(t: TFunction, side: StakeholderSide): Option<StakeholderRole>[] {
  return rolesForSide(side).map((role) => ({ value: role, label: t(`poster.role.${role}`) }));
}

export function attitudeOptions(t: TFunction): Option<StakeholderAttitude>[] {
  return STAKEHOLDER_ATTITUDES.map((attitude) => ({ value: attitude, label: t(`poster.attitude.${attitude}`) }));
}

export function relationTypeOptions(t: TFunction): Option<RelationType>[] {
  return RELATION_TYPES.map((type) => ({ value: type, label: t(`poster.relationType.${type}`) }));
}

export function strengthOptions(t: TFunction): Option<number>[] {
  return RELATION_STRENGTHS.map((strength) => ({ value: strength, label: t(`poster.strength.${strength}`) }));
}

export function personName(person: Pick<Stakeholder, 'name'>, t: TFunction): string {
  return person.name.trim() === '' ? t('poster.unnamed') : person.name;
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** What a screen reader says for a card: everything the card shows, in reading order. */
export function describePerson(person: Stakeholder, t: TFunction, language: string): string {
  const parts = [
    personName(person, t),
    person.title,
    person.organisation ?? '',
    t(`poster.side.${person.side}`),
    t(`poster.role.${person.role}`),
    t('poster.card.influence', { value: formatCount(person.influence, language), max: formatCount(5, language) }),
    t('poster.card.attitude', { attitude: t(`poster.attitude.${person.attitude}`) }),
  ];
  return parts.filter((part) => part.trim() !== '').join(', ');
}

/** "Sabine Krüger reports to Henrik Lindqvist (strong)". */
export function describeRelation(relation: Pick<Relation, 'type' | 'strength'>, from: string, to: string, t: TFunction): string {
  return t('poster.relationSentence', {
    from,
    to,
    verb: t(`poster.relationVerb.${relation.type}`),
    strength: t(`poster.strengthWord.${relation.strength}`),
  });
}

/** Reports-to and influences point somewhere; knowing each other does not. */
export function isDirected(type: RelationType): boolean {
  return type !== 'knows';
}
