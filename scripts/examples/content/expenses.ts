import {
  createExpenseLine,
  type ExpenseDecision,
  type ExpenseLine,
} from '../../../shared/domain';
import { euros, withId, type ExampleContext, type Localized } from '../exampleContext';

/**
 * Phase 3: the expense review. Each line was asked "is it necessary?" and "what does the customer get
 * out of it?". The sponsorship is left undecided: the owners want to discuss it themselves.
 */

interface ExpenseContent {
  key: string;
  label: Localized;
  euros: number;
  necessary: 'yes' | 'partly' | 'no';
  decision: ExpenseDecision | null;
  customerBenefit: Localized;
}

const EXPENSES: readonly ExpenseContent[] = [
  {
    key: 'fairs',
    label: { en: 'Trade fairs (Agritechnica, bauma, FIMA)', es: 'Ferias (Agritechnica, bauma, FIMA)' },
    euros: 780_000,
    necessary: 'partly',
    decision: 'rework',
    customerBenefit: {
      en: 'OEM engineers see our new seals, but only 31 leads were recorded from three fairs.',
      es: 'Los ingenieros de los OEM ven nuestros retenes nuevos, pero solo se registraron 31 contactos en tres ferias.',
    },
  },
  {
    key: 'travel',
    label: { en: 'Travel and customer visits', es: 'Viajes y visitas a clientes' },
    euros: 950_000,
    necessary: 'yes',
    decision: 'rework',
    customerBenefit: {
      en: 'Time with buyers and engineers; without a visit plan much of it goes to friendly customers instead of targets.',
      es: 'Tiempo con compradores e ingenieros; sin plan de visitas, buena parte se va en clientes afines en lugar de objetivos.',
    },
  },
  {
    key: 'expressFreight',
    label: { en: 'Express freight for late orders', es: 'Transporte urgente por pedidos retrasados' },
    euros: 420_000,
    necessary: 'no',
    decision: 'cut',
    customerBenefit: {
      en: 'None beyond getting parts on time because we pay for our own delays.',
      es: 'Ninguno, salvo recibir a tiempo piezas que llegan tarde por culpa nuestra.',
    },
  },
  {
    key: 'idleLicences',
    label: { en: 'CRM licences not in use (21 of 38)', es: 'Licencias del CRM sin uso (21 de 38)' },
    euros: 83_000,
    necessary: 'partly',
    decision: 'rework',
    customerBenefit: {
      en: 'Nothing today; they pay off once the whole sales force works in the CRM.',
      es: 'Ninguno hoy; se amortizan cuando toda la fuerza de ventas trabaje con el CRM.',
    },
  },
  {
    key: 'catalogue',
    label: { en: 'Printed product catalogue', es: 'Catálogo de producto impreso' },
    euros: 130_000,
    necessary: 'no',
    decision: 'cut',
    customerBenefit: {
      en: 'Little: OEM engineers download data sheets and CAD files from the website.',
      es: 'Poco: los ingenieros de los OEM descargan fichas técnicas y archivos CAD de la web.',
    },
  },
  {
    key: 'commissions',
    label: { en: 'Distributor commissions', es: 'Comisiones de distribuidores' },
    euros: 1_150_000,
    necessary: 'yes',
    decision: 'keep',
    customerBenefit: {
      en: 'Distributors stock and deliver to thousands of small workshops we could not serve ourselves.',
      es: 'Los distribuidores tienen stock y atienden a miles de talleres pequeños a los que no podríamos llegar.',
    },
  },
  {
    key: 'applicationEngineering',
    label: { en: 'Application engineering for customers', es: 'Ingeniería de aplicaciones para clientes' },
    euros: 640_000,
    necessary: 'yes',
    decision: 'keep',
    customerBenefit: {
      en: 'The main reason OEMs choose us: seals designed together with their engineers.',
      es: 'El motivo principal por el que los OEM nos eligen: retenes diseñados junto con sus ingenieros.',
    },
  },
  {
    key: 'sponsorship',
    label: { en: 'Sponsorship of the local basketball club', es: 'Patrocinio del club de baloncesto local' },
    euros: 85_000,
    necessary: 'no',
    decision: null,
    customerBenefit: {
      en: 'None for customers; it matters to the owners and the town.',
      es: 'Ninguno para los clientes; es importante para los propietarios y para la ciudad.',
    },
  },
  {
    key: 'cars',
    label: { en: 'Company cars for the sales force', es: 'Coches de empresa para la fuerza de ventas' },
    euros: 410_000,
    necessary: 'yes',
    decision: 'keep',
    customerBenefit: {
      en: 'Customers get their visits; the fleet could shrink once visits are planned.',
      es: 'Los clientes reciben sus visitas; la flota podría reducirse cuando las visitas se planifiquen.',
    },
  },
  {
    key: 'marketStudies',
    label: { en: 'External market studies', es: 'Estudios de mercado externos' },
    euros: 60_000,
    necessary: 'partly',
    decision: 'rework',
    customerBenefit: {
      en: 'Useful only if someone uses them: the 2025 study was never presented to the sales team.',
      es: 'Solo son útiles si alguien los usa: el estudio de 2025 nunca se presentó al equipo comercial.',
    },
  },
  {
    key: 'certifications',
    label: { en: 'Quality certifications (IATF 16949, ISO 14001)', es: 'Certificaciones de calidad (IATF 16949, ISO 14001)' },
    euros: 120_000,
    necessary: 'yes',
    decision: 'keep',
    customerBenefit: {
      en: 'Most OEMs will not buy from a supplier without them.',
      es: 'La mayoría de los OEM no compra a un proveedor que no las tenga.',
    },
  },
];

export function buildExpenseLines(context: ExampleContext): ExpenseLine[] {
  return EXPENSES.map((expense, index) =>
    withId(
      createExpenseLine(context.workshopId, {
        label: context.text(expense.label),
        amount: euros(expense.euros),
        necessary: expense.necessary,
        customerBenefit: context.text(expense.customerBenefit),
        decision: expense.decision,
        order: index,
      }),
      context.id('expenseLines', expense.key),
    ),
  );
}
