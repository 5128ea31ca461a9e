import { createInitiative, type Initiative, type InitiativeStatus } from '../../../shared/domain';
import { euros, withId, type ExampleContext, type Localized } from '../exampleContext';
import { finalObjectiveId } from './finalObjectives';
import { ideaId } from './ideas';
import { personName, type PersonKey } from './people';

/**
 * Phase 6: twelve initiatives in four workstreams, built from the ten selected ideas. A few quick wins
 * started in October and November 2026; the rest run through 2027. Statuses match the latest weekly
 * status update of phase 7. Successors start after their predecessors end, except one: the Bajío
 * accounts start a month before the target list is final, a conflict the roadmap screen warns about.
 */

const WORKSTREAMS = {
  pricing: { en: 'Pricing and offers', es: 'Precios y ofertas' },
  crm: { en: 'CRM and data', es: 'CRM y datos' },
  keyAccounts: { en: 'Key accounts', es: 'Cuentas clave' },
  newCustomers: { en: 'New customers', es: 'Nuevos clientes' },
} as const satisfies Record<string, Localized>;

interface InitiativeContent {
  key: string;
  workstream: keyof typeof WORKSTREAMS;
  title: Localized;
  description: Localized;
  owner: PersonKey;
  team: Localized;
  means: Localized;
  budgetEuros: number;
  start: string;
  end: string;
  status: InitiativeStatus;
  dependsOn: readonly string[];
  ideas: readonly string[];
  objectives: readonly string[];
}

const INITIATIVES: readonly InitiativeContent[] = [
  {
    key: 'priceCorridors',
    workstream: 'pricing',
    title: { en: 'Price corridors and discount rules', es: 'Bandas de precio y reglas de descuento' },
    description: {
      en: 'A price corridor per segment and product family, discount limits per role and an approval path for exceptions.',
      es: 'Una banda de precios por segmento y familia de producto, límites de descuento por función y un circuito de aprobación para las excepciones.',
    },
    owner: 'marta',
    team: { en: 'Marta Echeverría, Álvaro Quintana, Małgorzata Krzyżanowska', es: 'Marta Echeverría, Álvaro Quintana, Małgorzata Krzyżanowska' },
    means: { en: '12 days of the outside pricing expert; ERP price data', es: '12 días de la experta externa en precios; datos de precios del ERP' },
    budgetEuros: 45_000,
    start: '2026-11-02',
    end: '2027-03-31',
    status: 'on_track',
    dependsOn: [],
    ideas: ['corridors'],
    objectives: ['margin'],
  },
  {
    key: 'valueOffer',
    workstream: 'pricing',
    title: { en: 'Value offer for standard bearings', es: 'Oferta de valor para rodamientos estándar' },
    description: {
      en: 'A total-cost-of-ownership calculator and offer template that show OEM buyers what a longer bearing life saves them.',
      es: 'Una calculadora de coste total y una plantilla de oferta que muestran a los compradores OEM lo que ahorran con una mayor vida útil del rodamiento.',
    },
    owner: 'inaki',
    team: { en: 'Iñaki Goikoetxea, Claire Dubois, Stefan Albrecht', es: 'Iñaki Goikoetxea, Claire Dubois, Stefan Albrecht' },
    means: { en: 'Test-lab data, two engineers part-time, a web calculator', es: 'Datos del laboratorio, dos ingenieros a tiempo parcial, una calculadora web' },
    budgetEuros: 60_000,
    start: '2027-01-11',
    end: '2027-06-30',
    status: 'not_started',
    dependsOn: [],
    ideas: ['tcoCalculator'],
    objectives: ['sales', 'margin'],
  },
  {
    key: 'quote24h',
    workstream: 'pricing',
    title: { en: 'Quote in 24 hours', es: 'Oferta en 24 horas' },
    description: {
      en: 'Salespeople price standard items on the tablet within the corridors; the office only handles exceptions.',
      es: 'Los comerciales calculan en la tableta el precio de los artículos estándar dentro de las bandas; la oficina solo gestiona las excepciones.',
    },
    owner: 'nuria',
    team: { en: 'Nuria Campos, Daniel Ortega, two inside-sales staff', es: 'Nuria Campos, Daniel Ortega, dos personas de ventas internas' },
    means: { en: 'Pricing module in the CRM, training for all salespeople', es: 'Módulo de precios en el CRM, formación para todos los comerciales' },
    budgetEuros: 120_000,
    start: '2027-05-03',
    end: '2027-09-30',
    status: 'not_started',
    dependsOn: ['priceCorridors', 'crmRollout'],
    ideas: ['quote24h', 'corridors'],
    objectives: ['winRate'],
  },
  {
    key: 'crmRollout',
    workstream: 'crm',
    title: { en: 'CRM clean-up and tablet rollout', es: 'Limpieza del CRM e implantación en tabletas' },
    description: {
      en: 'Remove duplicate accounts, complete the top 200 accounts and give every salesperson a tablet with the CRM app.',
      es: 'Eliminar las cuentas duplicadas, completar las 200 cuentas principales y dar a cada comercial una tableta con la aplicación del CRM.',
    },
    owner: 'daniel',
    team: { en: 'Daniel Ortega, Nuria Campos, the CRM vendor', es: 'Daniel Ortega, Nuria Campos, el proveedor del CRM' },
    means: {
      en: '38 tablets, mobile CRM licences, two temporary data clerks for three months',
      es: '38 tabletas, licencias móviles del CRM, dos administrativos temporales durante tres meses',
    },
    budgetEuros: 180_000,
    start: '2026-10-26',
    end: '2027-04-30',
    status: 'at_risk',
    dependsOn: [],
    ideas: ['crmTablets'],
    objectives: ['winRate', 'visits'],
  },
  {
    key: 'lossReasons',
    workstream: 'crm',
    title: { en: 'A loss reason on every closed quote', es: 'Motivo de pérdida en cada oferta cerrada' },
    description: {
      en: 'The loss reason and the winning competitor become mandatory before a quote can be closed, and are reviewed every month.',
      es: 'El motivo de pérdida y el competidor ganador pasan a ser obligatorios para cerrar una oferta y se revisan cada mes.',
    },
    owner: 'nuria',
    team: { en: 'Nuria Campos, Daniel Ortega', es: 'Nuria Campos, Daniel Ortega' },
    means: { en: 'CRM configuration, a one-hour session per team', es: 'Configuración del CRM, una sesión de una hora por equipo' },
    budgetEuros: 15_000,
    start: '2026-11-02',
    end: '2027-01-29',
    status: 'at_risk',
    dependsOn: [],
    ideas: ['lossReasonMandatory'],
    objectives: ['winRate'],
  },
  {
    key: 'salesDashboard',
    workstream: 'crm',
    title: { en: 'Monthly sales dashboard', es: 'Cuadro de mando comercial mensual' },
    description: {
      en: 'A dashboard with a map of won and lost deals by market and competitor, shown at every sales meeting.',
      es: 'Un cuadro de mando con un mapa de operaciones ganadas y perdidas por mercado y competidor, proyectado en cada reunión comercial.',
    },
    owner: 'daniel',
    team: { en: 'Daniel Ortega, Marta Echeverría', es: 'Daniel Ortega, Marta Echeverría' },
    means: { en: 'BI tool licence, 20 days of an analyst', es: 'Licencia de la herramienta de BI, 20 días de un analista' },
    budgetEuros: 35_000,
    start: '2027-02-01',
    end: '2027-05-28',
    status: 'not_started',
    dependsOn: ['lossReasons'],
    ideas: ['crmTablets'],
    objectives: ['sales', 'visits'],
  },
  {
    key: 'vortmannWinBack',
    workstream: 'keyAccounts',
    title: { en: 'Vortmann win-back plan', es: 'Plan de recuperación de Vortmann' },
    description: {
      en: "Regain a place in Vortmann's 2027 drivetrain tender with a sponsor from our management, a sample programme and the value offer.",
      es: 'Volver a entrar en la licitación de transmisiones de Vortmann de 2027 con un patrocinador de nuestra dirección, un programa de muestras y la oferta de valor.',
    },
    owner: 'stefan',
    team: { en: 'Stefan Albrecht, Iñaki Goikoetxea, Begoña Ibáñez', es: 'Stefan Albrecht, Iñaki Goikoetxea, Begoña Ibáñez' },
    means: { en: 'Samples, two test-lab runs, travel', es: 'Muestras, dos ensayos de laboratorio, viajes' },
    budgetEuros: 80_000,
    start: '2026-11-09',
    end: '2027-09-30',
    status: 'at_risk',
    dependsOn: [],
    ideas: ['vortmannSponsor'],
    objectives: ['sales'],
  },
  {
    key: 'cierzoAgreement',
    workstream: 'keyAccounts',
    title: { en: 'Partnership agreement with Industrias Cierzo', es: 'Acuerdo de colaboración con Industrias Cierzo' },
    description: {
      en: 'A three-year framework agreement with a steel-indexed price formula and a dedicated service desk.',
      es: 'Un acuerdo marco a tres años con una fórmula de precio indexada al acero y un servicio de atención dedicado.',
    },
    owner: 'jorge',
    team: { en: 'Jorge Salcedo, Marta Echeverría, Nuria Campos', es: 'Jorge Salcedo, Marta Echeverría, Nuria Campos' },
    means: { en: 'Legal review, consignment stock in Zaragoza', es: 'Revisión jurídica, stock en consigna en Zaragoza' },
    budgetEuros: 40_000,
    start: '2027-04-05',
    end: '2027-07-30',
    status: 'not_started',
    dependsOn: ['priceCorridors'],
    ideas: ['cierzoPartnership'],
    objectives: ['sales', 'margin'],
  },
  {
    key: 'visitCadence',
    workstream: 'keyAccounts',
    title: { en: 'Visit cadence for the top 30 accounts', es: 'Cadencia de visitas a las 30 cuentas principales' },
    description: {
      en: 'Every top-30 account gets a visit plan for the quarter, recorded in the CRM and reviewed every Friday.',
      es: 'Cada una de las 30 cuentas principales tiene un plan de visitas trimestral, registrado en el CRM y revisado cada viernes.',
    },
    owner: 'alvaro',
    team: { en: 'Álvaro Quintana and all area managers', es: 'Álvaro Quintana y todos los responsables de zona' },
    means: { en: 'Travel budget moved from unplanned trips', es: 'Presupuesto de viajes trasladado desde los viajes sin planificar' },
    budgetEuros: 25_000,
    start: '2026-11-02',
    end: '2027-12-17',
    status: 'on_track',
    dependsOn: [],
    ideas: ['visitCadence'],
    objectives: ['visits'],
  },
  {
    key: 'targetList',
    workstream: 'newCustomers',
    title: { en: 'Segmentation and 40 target OEMs', es: 'Segmentación y 40 OEM objetivo' },
    description: {
      en: 'Group OEMs by application and potential and choose 40 target accounts across the five markets.',
      es: 'Agrupar los OEM por aplicación y potencial y elegir 40 cuentas objetivo en los cinco mercados.',
    },
    owner: 'claire',
    team: { en: 'Claire Dubois, Rocío Maldonado, Marta Echeverría', es: 'Claire Dubois, Rocío Maldonado, Marta Echeverría' },
    means: { en: 'Market database, 15 days of analysis', es: 'Base de datos de mercado, 15 días de análisis' },
    budgetEuros: 30_000,
    start: '2027-01-04',
    end: '2027-03-31',
    status: 'not_started',
    dependsOn: [],
    ideas: ['segmentation'],
    objectives: ['newCustomers'],
  },
  {
    key: 'coDesignDays',
    workstream: 'newCustomers',
    title: { en: 'Co-design days with target OEMs', es: 'Jornadas de codiseño con OEM objetivo' },
    description: {
      en: "Our application engineers spend a day with each target's design team on a real seal or bearing problem.",
      es: 'Nuestros ingenieros de aplicaciones pasan un día con el equipo de diseño de cada objetivo trabajando en un problema real de retenes o rodamientos.',
    },
    owner: 'inaki',
    team: { en: 'Iñaki Goikoetxea, two application engineers, the area managers', es: 'Iñaki Goikoetxea, dos ingenieros de aplicaciones, los responsables de zona' },
    means: { en: 'Engineering time, prototypes, travel', es: 'Horas de ingeniería, prototipos, viajes' },
    budgetEuros: 150_000,
    start: '2027-04-05',
    end: '2027-12-17',
    status: 'not_started',
    dependsOn: ['targetList'],
    ideas: ['coDesignDays', 'segmentation'],
    objectives: ['newCustomers'],
  },
  {
    key: 'mexicoBajio',
    workstream: 'newCustomers',
    title: { en: 'Mexico: Bajío target accounts', es: 'México: cuentas objetivo del Bajío' },
    description: {
      en: 'Work the Bajío farm-machinery cluster from the new target list; local stock is reconsidered once three customers order.',
      es: 'Trabajar el clúster de maquinaria agrícola del Bajío a partir de la nueva lista de objetivos; el stock local se replantea cuando compren tres clientes.',
    },
    owner: 'rocio',
    team: { en: 'Rocío Maldonado, one application engineer', es: 'Rocío Maldonado, un ingeniero de aplicaciones' },
    means: { en: 'Travel, samples, a distributor agreement in Querétaro', es: 'Viajes, muestras, un acuerdo con un distribuidor en Querétaro' },
    budgetEuros: 110_000,
    start: '2027-03-01',
    end: '2027-12-17',
    status: 'not_started',
    dependsOn: ['targetList'],
    ideas: ['segmentation'],
    objectives: ['newCustomers', 'sales'],
  },
];

export function initiativeId(context: ExampleContext, key: string): string {
  return context.id('initiatives', key);
}

export function buildInitiatives(context: ExampleContext): Initiative[] {
  return INITIATIVES.map((initiative, index) =>
    withId(
      createInitiative(context.workshopId, {
        title: context.text(initiative.title),
        description: context.text(initiative.description),
        workstream: context.text(WORKSTREAMS[initiative.workstream]),
        owner: personName(initiative.owner),
        team: context.text(initiative.team),
        means: context.text(initiative.means),
        budget: euros(initiative.budgetEuros),
        start: initiative.start,
        end: initiative.end,
        status: initiative.status,
        dependsOnIds: initiative.dependsOn.map((key) => initiativeId(context, key)),
        ideaIds: initiative.ideas.map((key) => ideaId(context, key)),
        objectiveIds: initiative.objectives.map((key) => finalObjectiveId(context, key)),
        order: index,
      }),
      initiativeId(context, initiative.key),
    ),
  );
}
