import { createFinding, type Finding, type FindingType } from '../../../shared/domain';
import { withId, type ExampleContext, type Localized } from '../exampleContext';
import { questionId } from './situation';

/**
 * Phase 3: where the real deviations are. The figures quoted here agree with the lost-deal log
 * (16 of 25 deals and €5.2 M of €6.7 M went to Zhenwei) and with the answers of phase 1.
 */

interface FindingContent {
  key: string;
  type: FindingType;
  impact: number;
  questions: readonly string[];
  title: Localized;
  description: Localized;
  evidence: Localized;
}

const FINDINGS: readonly FindingContent[] = [
  {
    key: 'tendersLost',
    type: 'lost_sales',
    impact: 5,
    questions: ['crm.lossCompetitors', 'strategy.pricingPolicy'],
    title: { en: 'Two large OEM tenders lost on price', es: 'Dos grandes licitaciones OEM perdidas por precio' },
    description: {
      en: 'Vortmann (Germany, tapered roller bearings) and Carrocerías Almena (Spain, ball bearings) went to Zhenwei Precision after the technical round: €2.9 M of yearly volume.',
      es: 'Vortmann (Alemania, rodamientos de rodillos cónicos) y Carrocerías Almena (España, rodamientos de bolas) se adjudicaron a Zhenwei Precision tras la ronda técnica: 2,9 M€ de volumen anual.',
    },
    evidence: {
      en: 'Tender results of November 2025 and February 2026; lost-deal log.',
      es: 'Resultados de las licitaciones de noviembre de 2025 y febrero de 2026; registro de operaciones perdidas.',
    },
  },
  {
    key: 'zhenweiPrice',
    type: 'competitor',
    impact: 5,
    questions: ['crm.lossCompetitors', 'strategy.fieldIntelligence'],
    title: { en: 'Zhenwei wins on price in standard bearings', es: 'Zhenwei gana por precio en rodamientos estándar' },
    description: {
      en: '16 of the 25 deals lost since January 2025 went to Zhenwei: €5.2 M of the €6.7 M lost. Its offers are 12–18 % below ours on standard ball and tapered roller bearings, shipped from a warehouse in Rotterdam.',
      es: '16 de las 25 operaciones perdidas desde enero de 2025 fueron para Zhenwei: 5,2 M€ de los 6,7 M€ perdidos. Sus ofertas están entre un 12 y un 18 % por debajo de las nuestras en rodamientos estándar de bolas y de rodillos cónicos, servidos desde un almacén en Róterdam.',
    },
    evidence: {
      en: 'Lost-deal log; two Zhenwei offers shown to Stefan by customers.',
      es: 'Registro de operaciones perdidas; dos ofertas de Zhenwei que unos clientes enseñaron a Stefan.',
    },
  },
  {
    key: 'noLossReasons',
    type: 'process',
    impact: 4,
    questions: ['crm.lossReasons', 'crm.usage', 'visits.opportunities'],
    title: { en: 'Lost quotes are closed without a reason', es: 'Las ofertas perdidas se cierran sin motivo' },
    description: {
      en: '62 % of the quotes lost in 2026 have no recorded reason, so the lost-deal log had to be rebuilt from memory during the workshop.',
      es: 'El 62 % de las ofertas perdidas en 2026 no tiene motivo registrado, así que el registro de operaciones perdidas hubo que reconstruirlo de memoria durante el taller.',
    },
    evidence: {
      en: 'CRM export of 31 August 2026: 412 lost quotes, 156 of them with a reason.',
      es: 'Exportación del CRM del 31 de agosto de 2026: 412 ofertas perdidas, 156 con motivo.',
    },
  },
  {
    key: 'germanyDown',
    type: 'market',
    impact: 4,
    questions: ['crm.lossBreakdown', 'visits.budgetMet'],
    title: { en: 'Germany shrinks while France holds', es: 'Alemania cae mientras Francia se mantiene' },
    description: {
      en: 'German sales fell 14 % in 2025. Seven of the lost deals and half of the lost value are German; France is stable, with fewer and smaller losses.',
      es: 'Las ventas en Alemania cayeron un 14 % en 2025. Siete de las operaciones perdidas y la mitad del valor perdido son alemanes; Francia está estable, con menos pérdidas y más pequeñas.',
    },
    evidence: {
      en: 'ERP sales by country 2024–2025; lost-deal log.',
      es: 'Ventas por país del ERP 2024–2025; registro de operaciones perdidas.',
    },
  },
  {
    key: 'productMix',
    type: 'product',
    impact: 3,
    questions: ['crm.lossBreakdown', 'acquisition.potential'],
    title: { en: 'Custom seals hold up; fittings lose on delivery', es: 'Los retenes a medida resisten; los racores pierden por plazo' },
    description: {
      en: 'Custom rotary seals keep a 41 % gross margin; we lose them mainly where a rival designs them with the customer. Hydraulic fittings lose on delivery time, mostly to Fluidex in Iberia.',
      es: 'Los retenes rotativos a medida mantienen un margen bruto del 41 %; los perdemos sobre todo cuando un rival los diseña con el cliente. Los racores hidráulicos pierden por plazo de entrega, sobre todo frente a Fluidex en Iberia.',
    },
    evidence: {
      en: 'Gross margin by product family 2025; lost-deal log.',
      es: 'Margen bruto por familia de producto 2025; registro de operaciones perdidas.',
    },
  },
  {
    key: 'onlyBuyersKnown',
    type: 'customer',
    impact: 4,
    questions: ['crm.buyingTeam', 'acquisition.accountMethod'],
    title: { en: 'We only know the buyers', es: 'Solo conocemos a los compradores' },
    description: {
      en: "The top 10 customers bring 58 % of sales, yet at eight of them our only contact is purchasing. Nobody at Arlanza had met Vortmann's new COO before the tender.",
      es: 'Los 10 clientes principales suponen el 58 % de las ventas y, sin embargo, en ocho de ellos nuestro único contacto es compras. Nadie en Arlanza conocía al nuevo director de operaciones de Vortmann antes de la licitación.',
    },
    evidence: { en: 'Account review on day 2.', es: 'Revisión de cuentas del día 2.' },
  },
  {
    key: 'visitsNotMade',
    type: 'process',
    impact: 3,
    questions: ['visits.planned', 'visits.tracked', 'visits.budgetMet'],
    title: { en: 'Committed visits are not made', es: 'No se hacen las visitas comprometidas' },
    description: {
      en: 'Only 55 % of the visits promised in the budget had happened by August; unplanned trips go to friendly customers rather than to targets.',
      es: 'A agosto solo se había hecho el 55 % de las visitas comprometidas en el presupuesto; los viajes sin planificar van a clientes afines y no a los objetivos.',
    },
    evidence: {
      en: 'Visit reports January–August 2026 compared with the budget.',
      es: 'Informes de visita de enero a agosto de 2026 comparados con el presupuesto.',
    },
  },
  {
    key: 'slowQuotes',
    type: 'capability',
    impact: 4,
    questions: ['strategy.pricingAccess', 'crm.quality'],
    title: { en: 'Quotes take four days', es: 'Las ofertas tardan cuatro días' },
    description: {
      en: 'Salespeople cannot see prices or discount limits on the road and phone the office. Two of the lost deals were decided before our quote arrived.',
      es: 'Los comerciales no ven precios ni límites de descuento fuera de la oficina y tienen que llamar. Dos de las operaciones perdidas se decidieron antes de que llegara nuestra oferta.',
    },
    evidence: {
      en: 'Inside-sales quote log, June–August 2026: 4.1 days on average.',
      es: 'Registro de ofertas de ventas internas, junio–agosto de 2026: 4,1 días de media.',
    },
  },
  {
    key: 'noNewCustomers',
    type: 'customer',
    impact: 4,
    questions: ['acquisition.process', 'acquisition.segmentation', 'acquisition.accountMethod'],
    title: { en: 'No new OEM customer in 18 months', es: 'Ningún cliente OEM nuevo en 18 meses' },
    description: {
      en: 'New customers only come from fairs and referrals. Without segments or a target list nobody looks for them systematically.',
      es: 'Los clientes nuevos solo llegan por ferias y recomendaciones. Sin segmentos ni lista de objetivos nadie los busca de forma sistemática.',
    },
    evidence: { en: 'Customer master data: first orders since 2024.', es: 'Maestro de clientes: primeros pedidos desde 2024.' },
  },
  {
    key: 'wastedSpend',
    type: 'expense',
    impact: 2,
    questions: ['acquisition.process'],
    title: { en: 'Money spent where customers see little', es: 'Gasto que el cliente apenas percibe' },
    description: {
      en: 'Express freight to make up for our own delays (€420,000), a printed catalogue nobody asks for and trade fairs with few recorded leads.',
      es: 'Transporte urgente para compensar nuestros propios retrasos (420.000 €), un catálogo impreso que nadie pide y ferias con pocos contactos registrados.',
    },
    evidence: { en: 'Expense review on day 2.', es: 'Revisión de gastos del día 2.' },
  },
];

export function findingId(context: ExampleContext, key: string): string {
  return context.id('findings', key);
}

export function buildFindings(context: ExampleContext): Finding[] {
  return FINDINGS.map((finding, index) =>
    withId(
      createFinding(context.workshopId, {
        type: finding.type,
        title: context.text(finding.title),
        description: context.text(finding.description),
        impact: finding.impact,
        evidence: context.text(finding.evidence),
        questionIds: finding.questions.map((key) => questionId(context, key)),
        order: index,
      }),
      findingId(context, finding.key),
    ),
  );
}
