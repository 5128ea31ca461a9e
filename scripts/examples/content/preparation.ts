import {
  createAgendaSession,
  createPreparationItem,
  type AgendaSession,
  type PreparationItem,
  type PreparationItemKey,
  type PreparationStatus,
} from '../../../shared/domain';
import type { PhaseId } from '../../../shared/method/phases';
import { withId, type ExampleContext, type Localized } from '../exampleContext';
import { personName, type PersonKey } from './people';

/** Preparation: the readiness checklist as Arlanza worked through it, and the three workshop days. */

interface ChecklistContent {
  key: PreparationItemKey;
  /** Only for the item the team added itself; built-in items keep the checklist wording. */
  label?: Localized;
  owner: PersonKey;
  dueDate: string;
  status: PreparationStatus;
  note: Localized;
}

const CHECKLIST: readonly ChecklistContent[] = [
  {
    key: 'executive_sponsor',
    owner: 'begona',
    dueDate: '2026-07-15',
    status: 'done',
    note: { en: 'Begoña chairs the monthly steering committee.', es: 'Begoña preside el comité de dirección mensual.' },
  },
  {
    key: 'business_owner',
    owner: 'alvaro',
    dueDate: '2026-07-15',
    status: 'done',
    note: { en: 'Álvaro owns the results and the roadmap.', es: 'Álvaro responde de los resultados y de la hoja de ruta.' },
  },
  {
    key: 'business_case',
    owner: 'marta',
    dueDate: '2026-08-31',
    status: 'done',
    note: {
      en: 'Winning back half of the lost OEM volume is worth about €1.4 M of gross margin a year.',
      es: 'Recuperar la mitad del volumen OEM perdido supone unos 1,4 M€ de margen bruto al año.',
    },
  },
  {
    key: 'kpis_defined',
    owner: 'marta',
    dueDate: '2026-09-15',
    status: 'in_progress',
    note: {
      en: 'Draft scorecard ready; targets are confirmed once the objectives are reformulated.',
      es: 'Borrador del cuadro de mando listo; los objetivos se confirman cuando se reformulen.',
    },
  },
  {
    key: 'overlaps_identified',
    owner: 'daniel',
    dueDate: '2026-09-10',
    status: 'done',
    note: {
      en: 'The ERP upgrade planned for Q2 2027 touches the price data: both projects share one data owner.',
      es: 'La actualización del ERP prevista para el 2.º trimestre de 2027 afecta a los datos de precios: ambos proyectos comparten un responsable de datos.',
    },
  },
  {
    key: 'governance_framework',
    owner: 'begona',
    dueDate: '2026-09-15',
    status: 'done',
    note: {
      en: 'Steering committee once a month; implementation group every Friday at 11:00.',
      es: 'Comité de dirección una vez al mes; grupo de implantación todos los viernes a las 11:00.',
    },
  },
  {
    key: 'cross_functional_team',
    owner: 'alvaro',
    dueDate: '2026-09-01',
    status: 'done',
    note: {
      en: 'Sales, finance, engineering, customer service and IT, with two salespeople as user representatives.',
      es: 'Ventas, finanzas, ingeniería, atención al cliente y sistemas, con dos comerciales como representantes de los usuarios.',
    },
  },
  {
    key: 'agile_training',
    owner: 'tomas',
    dueDate: '2026-10-20',
    status: 'in_progress',
    note: {
      en: 'Half-day session held for 8 of the 11 team members; a second date is set for the rest.',
      es: 'Sesión de media jornada impartida a 8 de los 11 miembros del equipo; hay otra fecha para el resto.',
    },
  },
  {
    key: 'process_and_mindset_changes',
    owner: 'lucia',
    dueDate: '2026-09-18',
    status: 'in_progress',
    note: {
      en: 'Biggest shift: a lost quote is only closed with a reason, and visits are planned, not improvised.',
      es: 'El cambio principal: una oferta perdida solo se cierra con su motivo, y las visitas se planifican en lugar de improvisarse.',
    },
  },
  {
    key: 'short_iterations',
    owner: 'tomas',
    dueDate: '2026-11-06',
    status: 'done',
    note: { en: 'Two-week iterations since 2 November.', es: 'Iteraciones de dos semanas desde el 2 de noviembre.' },
  },
  {
    key: 'wider_demo',
    owner: 'alvaro',
    dueDate: '2026-12-11',
    status: 'open',
    note: {
      en: 'First demo to the whole sales force at the Christmas sales meeting.',
      es: 'Primera demostración a toda la fuerza de ventas en la reunión comercial de Navidad.',
    },
  },
  {
    key: 'early_user_champions',
    owner: 'nuria',
    dueDate: '2027-01-29',
    status: 'open',
    note: {
      en: 'The two Iberian salespeople who already live in the CRM will coach the export managers.',
      es: 'Los dos comerciales de Iberia que ya trabajan a diario con el CRM guiarán a los responsables de exportación.',
    },
  },
  {
    key: 'element_of_delight',
    owner: 'daniel',
    dueDate: '2027-03-05',
    status: 'open',
    note: {
      en: 'The monthly dashboard with a map of won and lost deals.',
      es: 'El cuadro de mando mensual con un mapa de operaciones ganadas y perdidas.',
    },
  },
  {
    key: 'custom',
    label: {
      en: 'Works council informed about visit planning in the CRM',
      es: 'Comité de empresa informado sobre la planificación de visitas en el CRM',
    },
    owner: 'marta',
    dueDate: '2026-11-24',
    status: 'open',
    note: {
      en: 'Visit records are not used to judge individual performance; this must be said in writing.',
      es: 'Los registros de visitas no se usan para evaluar a nadie individualmente; hay que dejarlo por escrito.',
    },
  },
];

export function buildPreparationItems(context: ExampleContext): PreparationItem[] {
  return CHECKLIST.map((item, index) =>
    withId(
      createPreparationItem(context.workshopId, {
        key: item.key,
        label: item.label === undefined ? '' : context.text(item.label),
        owner: personName(item.owner),
        dueDate: item.dueDate,
        status: item.status,
        note: context.text(item.note),
        order: index,
      }),
      context.id('preparationItems', item.key),
    ),
  );
}

interface SessionContent {
  key: string;
  title: Localized;
  date: string;
  startTime: string;
  phases: PhaseId[];
  items: readonly { title: Localized; minutes: number }[];
}

const LUNCH = { title: { en: 'Lunch', es: 'Comida' }, minutes: 60 };

const SESSIONS: readonly SessionContent[] = [
  {
    key: 'day1',
    title: { en: 'Day 1: where do we really stand?', es: 'Día 1: ¿dónde estamos realmente?' },
    date: '2026-09-22',
    startTime: '09:00',
    phases: ['situation', 'objectives'],
    items: [
      { title: { en: 'Welcome, aims and ground rules', es: 'Bienvenida, objetivos y normas de trabajo' }, minutes: 20 },
      { title: { en: 'Questionnaire: CRM and visits', es: 'Cuestionario: CRM y visitas' }, minutes: 90 },
      { title: { en: 'Break', es: 'Pausa' }, minutes: 20 },
      { title: { en: 'Questionnaire: new customers and strategy', es: 'Cuestionario: nuevos clientes y estrategia' }, minutes: 75 },
      LUNCH,
      { title: { en: '2026 objectives and budget', es: 'Objetivos y presupuesto de 2026' }, minutes: 60 },
      { title: { en: 'Scenarios: what if sales fall short?', es: 'Escenarios: ¿y si las ventas no llegan?' }, minutes: 45 },
      { title: { en: 'Wrap-up', es: 'Cierre del día' }, minutes: 15 },
    ],
  },
  {
    key: 'day2',
    title: { en: 'Day 2: diagnosis and new objectives', es: 'Día 2: diagnóstico y nuevos objetivos' },
    date: '2026-09-23',
    startTime: '09:00',
    phases: ['diagnosis', 'reformulation', 'poster'],
    items: [
      { title: { en: 'Lost deals: who, where and why', es: 'Operaciones perdidas: quién, dónde y por qué' }, minutes: 90 },
      { title: { en: 'Expense review', es: 'Revisión de gastos' }, minutes: 60 },
      { title: { en: 'Findings and their impact', es: 'Hallazgos y su impacto' }, minutes: 45 },
      LUNCH,
      { title: { en: 'Reformulating the objectives', es: 'Reformulación de los objetivos' }, minutes: 90 },
      { title: { en: 'Relationship posters: Vortmann and Cierzo', es: 'Mapas de relaciones: Vortmann y Cierzo' }, minutes: 75 },
      { title: { en: 'Wrap-up', es: 'Cierre del día' }, minutes: 15 },
    ],
  },
  {
    key: 'day3',
    title: { en: 'Day 3: ideas and roadmap', es: 'Día 3: ideas y hoja de ruta' },
    date: '2026-10-06',
    startTime: '09:30',
    phases: ['ideas', 'roadmap'],
    items: [
      { title: { en: 'Brainstorm with the expert group', es: 'Lluvia de ideas con el grupo de expertos' }, minutes: 75 },
      { title: { en: 'Clustering the ideas', es: 'Agrupación de las ideas' }, minutes: 30 },
      { title: { en: 'Dot vote', es: 'Votación con puntos' }, minutes: 20 },
      LUNCH,
      { title: { en: 'From ideas to initiatives', es: 'De las ideas a las iniciativas' }, minutes: 90 },
      { title: { en: 'Milestones and KPIs', es: 'Hitos e indicadores' }, minutes: 60 },
      { title: { en: 'Communication plan', es: 'Plan de comunicación' }, minutes: 30 },
      { title: { en: 'Closing words from the CEO', es: 'Palabras de cierre de la consejera delegada' }, minutes: 15 },
    ],
  },
];

export function buildAgendaSessions(context: ExampleContext): AgendaSession[] {
  return SESSIONS.map((session, index) =>
    withId(
      createAgendaSession(context.workshopId, {
        title: context.text(session.title),
        date: session.date,
        startTime: session.startTime,
        phases: session.phases,
        items: session.items.map((item) => ({ title: context.text(item.title), minutes: item.minutes })),
        order: index,
      }),
      context.id('agendaSessions', session.key),
    ),
  );
}
