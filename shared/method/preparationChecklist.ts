import {
  createPreparationItem,
  PREPARATION_CHECKLIST_KEYS,
  type PreparationItem,
} from '../domain/preparationItem';
import type { Language } from '../domain/primitives';

/**
 * The readiness checklist of the method. The first items must be in place before the first workshop;
 * the last ones are working habits for the weeks after it, which is why each item says when it applies.
 */

export type PreparationChecklistKey = (typeof PREPARATION_CHECKLIST_KEYS)[number];

export type PreparationStage = 'before_workshop' | 'after_workshop';

export interface PreparationChecklistEntry {
  key: PreparationChecklistKey;
  stage: PreparationStage;
  label: Readonly<Record<Language, string>>;
}

// A Record over the domain's keys, so the compiler refuses a checklist key without wording.
const ENTRY_BY_KEY: Readonly<Record<PreparationChecklistKey, Omit<PreparationChecklistEntry, 'key'>>> = {
  executive_sponsor: {
    stage: 'before_workshop',
    label: { en: 'An executive sponsor has been named', es: 'Se ha designado un patrocinador en la dirección' },
  },
  business_owner: {
    stage: 'before_workshop',
    label: { en: 'A business owner has been named', es: 'Se ha designado un responsable de negocio' },
  },
  business_case: {
    stage: 'before_workshop',
    label: { en: 'The business case is written down', es: 'El caso de negocio está redactado' },
  },
  kpis_defined: {
    stage: 'before_workshop',
    label: { en: 'The KPIs that will show success are defined', es: 'Están definidos los KPI que mostrarán el éxito' },
  },
  overlaps_identified: {
    stage: 'before_workshop',
    label: {
      en: 'Overlaps with other company initiatives are known',
      es: 'Se conocen los solapamientos con otras iniciativas de la empresa',
    },
  },
  governance_framework: {
    stage: 'before_workshop',
    label: {
      en: 'A governance framework is agreed: who decides what, and when',
      es: 'Hay un marco de gobierno acordado: quién decide qué y cuándo',
    },
  },
  cross_functional_team: {
    stage: 'before_workshop',
    label: {
      en: 'A cross-functional team is in place, including people who will use the result',
      es: 'Hay un equipo multidisciplinar que incluye a personas que usarán el resultado',
    },
  },
  agile_training: {
    stage: 'before_workshop',
    label: { en: 'The team has been trained in agile ways of working', es: 'El equipo ha recibido formación en métodos ágiles' },
  },
  process_and_mindset_changes: {
    stage: 'before_workshop',
    label: {
      en: 'The changes needed in processes and in mindset are identified',
      es: 'Se han identificado los cambios necesarios en los procesos y en la mentalidad',
    },
  },
  short_iterations: {
    stage: 'after_workshop',
    label: { en: 'Work is planned in short iterations', es: 'El trabajo se planifica en iteraciones cortas' },
  },
  wider_demo: {
    stage: 'after_workshop',
    label: {
      en: 'Progress is shown regularly to a wider group',
      es: 'Los avances se enseñan con regularidad a un grupo más amplio',
    },
  },
  early_user_champions: {
    stage: 'after_workshop',
    label: {
      en: 'Early users are encouraged to become champions',
      es: 'Se anima a los primeros usuarios a convertirse en embajadores',
    },
  },
  element_of_delight: {
    stage: 'after_workshop',
    label: {
      en: 'The work includes at least one thing users will enjoy',
      es: 'El trabajo incluye al menos un elemento que entusiasme a los usuarios',
    },
  },
};

export const PREPARATION_CHECKLIST: readonly PreparationChecklistEntry[] = PREPARATION_CHECKLIST_KEYS.map((key) => ({
  key,
  ...ENTRY_BY_KEY[key],
}));

/** The built-in label of a checklist key, or undefined for 'custom' items, which carry their own. */
export function preparationChecklistLabel(key: string, language: Language): string | undefined {
  const entry = PREPARATION_CHECKLIST.find((candidate) => candidate.key === key);
  return entry?.label[language];
}

/**
 * The checklist as open items of one workshop, in checklist order. Labels stay empty: an empty label
 * means "the built-in wording", so the items follow the workshop language if it changes.
 */
export function createPreparationChecklistRecords(workshopId: string): PreparationItem[] {
  return PREPARATION_CHECKLIST.map((entry, index) =>
    createPreparationItem(workshopId, { key: entry.key, status: 'open', order: index }),
  );
}
