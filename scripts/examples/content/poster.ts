import {
  createKeyAccount,
  createRelation,
  createStakeholder,
  type KeyAccount,
  type Relation,
  type RelationType,
  type Stakeholder,
  type StakeholderAttitude,
  type StakeholderRole,
  type StakeholderSide,
} from '../../../shared/domain';
import { withId, type ExampleContext, type Localized } from '../exampleContext';

/**
 * Phase 4b: relationship posters for two key accounts, laid out for a canvas of about 1200 x 800:
 * the customer's buying team on the left, our people on the right. At Vortmann nobody on our side
 * reaches the decision maker, which is exactly what the poster is meant to reveal.
 */

interface PersonOnPoster {
  key: string;
  name: string;
  title: Localized;
  side: StakeholderSide;
  role: StakeholderRole;
  organisation?: string;
  influence: number;
  attitude: StakeholderAttitude;
  x: number;
  y: number;
}

/** from, to, type, strength (1 weak to 3 strong) */
type RelationRow = readonly [string, string, RelationType, number];

interface AccountContent {
  key: string;
  name: string;
  note: Localized;
  people: readonly PersonOnPoster[];
  relations: readonly RelationRow[];
}

const ACCOUNTS: readonly AccountContent[] = [
  {
    key: 'vortmann',
    name: 'Vortmann Landtechnik GmbH',
    note: {
      en: 'Farm-machinery maker in Osnabrück. Bought €2.1 M a year of tapered roller bearings until the November 2025 tender went to Zhenwei. Win-back target for 2027.',
      es: 'Fabricante de maquinaria agrícola de Osnabrück. Compraba 2,1 M€ al año en rodamientos de rodillos cónicos hasta que la licitación de noviembre de 2025 fue para Zhenwei. Cuenta a recuperar en 2027.',
    },
    people: [
      { key: 'lindqvist', name: 'Dr. Henrik Lindqvist', title: { en: 'Chief Operating Officer', es: 'Director de operaciones' }, side: 'customer', role: 'decision_maker', influence: 5, attitude: 'neutral', x: 260, y: 60 },
      { key: 'krueger', name: 'Sabine Krüger', title: { en: 'Head of Strategic Purchasing', es: 'Jefa de compras estratégicas' }, side: 'customer', role: 'economic_buyer', influence: 5, attitude: 'sceptic', x: 80, y: 240 },
      { key: 'berger', name: 'Thomas Berger', title: { en: 'Lead Engineer, Drivetrain', es: 'Ingeniero jefe de transmisión' }, side: 'customer', role: 'technical_buyer', influence: 4, attitude: 'supporter', x: 420, y: 240 },
      { key: 'schulz', name: 'Monika Schulz', title: { en: 'Purchasing Assistant', es: 'Asistente de compras' }, side: 'customer', role: 'gatekeeper', influence: 2, attitude: 'neutral', x: 80, y: 460 },
      { key: 'demir', name: 'Ayşe Demir', title: { en: 'Supplier Quality Manager', es: 'Responsable de calidad de proveedores' }, side: 'customer', role: 'influencer', influence: 3, attitude: 'supporter', x: 420, y: 460 },
      { key: 'ibanez', name: 'Begoña Ibáñez', title: { en: 'Chief Executive Officer', es: 'Consejera delegada' }, side: 'ours', role: 'executive', influence: 4, attitude: 'supporter', x: 900, y: 60 },
      { key: 'albrecht', name: 'Stefan Albrecht', title: { en: 'Area Sales Manager, Germany', es: 'Responsable de ventas para Alemania' }, side: 'ours', role: 'account_owner', influence: 4, attitude: 'champion', x: 760, y: 260 },
      { key: 'goikoetxea', name: 'Iñaki Goikoetxea', title: { en: 'Head of Application Engineering', es: 'Jefe de ingeniería de aplicaciones' }, side: 'ours', role: 'specialist', influence: 3, attitude: 'champion', x: 1024, y: 260 },
      { key: 'brenner', name: 'Dr. Ulrike Brenner', title: { en: 'Outside counsel, supply contracts', es: 'Abogada externa, contratos de suministro' }, side: 'ours', role: 'external', organisation: 'Brenner & Partner Rechtsanwälte, Hamburg', influence: 2, attitude: 'neutral', x: 900, y: 500 },
    ],
    relations: [
      ['krueger', 'lindqvist', 'reports_to', 3],
      ['berger', 'lindqvist', 'reports_to', 2],
      ['schulz', 'krueger', 'reports_to', 3],
      ['demir', 'krueger', 'influences', 2],
      ['berger', 'krueger', 'influences', 2],
      ['albrecht', 'krueger', 'knows', 2],
      ['albrecht', 'schulz', 'knows', 2],
      ['goikoetxea', 'berger', 'knows', 3],
      ['goikoetxea', 'demir', 'knows', 1],
      ['brenner', 'krueger', 'knows', 1],
      ['albrecht', 'ibanez', 'reports_to', 2],
    ],
  },
  {
    key: 'cierzo',
    name: 'Industrias Cierzo S.A.',
    note: {
      en: 'Construction-machinery maker in Zaragoza and our largest customer (9 % of sales). Its controller pushes for a second source with Zhenwei; the 2027 framework agreement is due in July.',
      es: 'Fabricante de maquinaria de obra pública de Zaragoza y nuestro mayor cliente (9 % de las ventas). Su controller impulsa una segunda fuente con Zhenwei; el acuerdo marco de 2027 vence en julio.',
    },
    people: [
      { key: 'lacasa', name: 'Fernando Lacasa', title: { en: 'Managing Director', es: 'Director general' }, side: 'customer', role: 'decision_maker', influence: 5, attitude: 'supporter', x: 260, y: 60 },
      { key: 'azcon', name: 'Pilar Azcón', title: { en: 'Purchasing Manager', es: 'Jefa de compras' }, side: 'customer', role: 'economic_buyer', influence: 4, attitude: 'sceptic', x: 80, y: 240 },
      { key: 'buil', name: 'Sergio Buil', title: { en: 'R&D Manager, Hydraulics', es: 'Responsable de I+D de hidráulica' }, side: 'customer', role: 'technical_buyer', influence: 4, attitude: 'champion', x: 420, y: 240 },
      { key: 'marin', name: 'Javier Marín', title: { en: 'Finance Controller', es: 'Responsable de control de gestión' }, side: 'customer', role: 'influencer', influence: 3, attitude: 'blocker', x: 80, y: 460 },
      { key: 'lazaro', name: 'Ana Lázaro', title: { en: 'Production Planner', es: 'Planificadora de producción' }, side: 'customer', role: 'user', influence: 2, attitude: 'neutral', x: 420, y: 460 },
      { key: 'quintana', name: 'Álvaro Quintana', title: { en: 'Sales Director', es: 'Director comercial' }, side: 'ours', role: 'executive', influence: 4, attitude: 'supporter', x: 900, y: 60 },
      { key: 'salcedo', name: 'Jorge Salcedo', title: { en: 'Key Account Manager, OEM Iberia', es: 'Responsable de grandes cuentas OEM Iberia' }, side: 'ours', role: 'account_owner', influence: 4, attitude: 'champion', x: 760, y: 260 },
      { key: 'campos', name: 'Nuria Campos', title: { en: 'Inside Sales and Customer Service Lead', es: 'Responsable de ventas internas y atención al cliente' }, side: 'ours', role: 'specialist', influence: 3, attitude: 'supporter', x: 1024, y: 260 },
      { key: 'saez', name: 'Raúl Sáez', title: { en: 'Account manager at our carrier', es: 'Gestor de cuenta de nuestro transportista' }, side: 'ours', role: 'external', organisation: 'Transportes Hermanos Sáez', influence: 2, attitude: 'supporter', x: 900, y: 500 },
    ],
    relations: [
      ['azcon', 'lacasa', 'reports_to', 3],
      ['buil', 'lacasa', 'reports_to', 2],
      ['marin', 'lacasa', 'influences', 3],
      ['marin', 'azcon', 'influences', 2],
      ['lazaro', 'azcon', 'influences', 1],
      ['quintana', 'lacasa', 'knows', 2],
      ['salcedo', 'azcon', 'knows', 3],
      ['salcedo', 'buil', 'knows', 2],
      ['campos', 'lazaro', 'knows', 3],
      ['saez', 'lazaro', 'knows', 2],
      ['salcedo', 'quintana', 'reports_to', 3],
    ],
  },
];

export function buildKeyAccounts(context: ExampleContext): KeyAccount[] {
  return ACCOUNTS.map((account, index) =>
    withId(
      createKeyAccount(context.workshopId, { name: account.name, note: context.text(account.note), order: index }),
      context.id('keyAccounts', account.key),
    ),
  );
}

function stakeholderId(context: ExampleContext, accountKey: string, personKey: string): string {
  return context.id('stakeholders', `${accountKey}/${personKey}`);
}

export function buildStakeholders(context: ExampleContext): Stakeholder[] {
  return ACCOUNTS.flatMap((account) =>
    account.people.map((person) =>
      withId(
        createStakeholder(context.workshopId, {
          keyAccountId: context.id('keyAccounts', account.key),
          name: person.name,
          title: context.text(person.title),
          side: person.side,
          role: person.role,
          organisation: person.organisation ?? '',
          influence: person.influence,
          attitude: person.attitude,
          x: person.x,
          y: person.y,
        }),
        stakeholderId(context, account.key, person.key),
      ),
    ),
  );
}

export function buildRelations(context: ExampleContext): Relation[] {
  return ACCOUNTS.flatMap((account) =>
    account.relations.map(([from, to, type, strength]) =>
      withId(
        createRelation(context.workshopId, {
          keyAccountId: context.id('keyAccounts', account.key),
          fromId: stakeholderId(context, account.key, from),
          toId: stakeholderId(context, account.key, to),
          type,
          strength,
        }),
        context.id('relations', `${account.key}/${from}->${to}`),
      ),
    ),
  );
}
