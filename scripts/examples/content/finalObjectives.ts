import { createFinalObjective, type FinalObjective } from '../../../shared/domain';
import { withId, type ExampleContext, type Localized } from '../exampleContext';
import { findingId } from './findings';
import { personName, type PersonKey } from './people';

/**
 * Phase 4: the objectives rewritten from the customer base up. Each replaces a 2026 objective
 * (the visit objective had no figure before), and some checks are still open on purpose.
 */

interface CheckContent {
  ok: boolean | null;
  rationale: Localized;
}

interface FinalObjectiveContent {
  key: string;
  /** The current objective it reformulates; null with `originalText` when there was none. */
  original: string | null;
  originalText?: Localized;
  title: Localized;
  metric: Localized;
  unit: Localized;
  baseline: number;
  target: number;
  deadline: string;
  owner: PersonKey;
  findings: readonly string[];
  realistic: CheckContent;
  achievable: CheckContent;
  ownedByOrganisation: CheckContent;
  reservePlan: { targetCustomer: string; replacementCustomer: string; trigger: Localized };
}

const PERCENT: Localized = { en: '%', es: '%' };

const FINAL_OBJECTIVES: readonly FinalObjectiveContent[] = [
  {
    key: 'sales',
    original: 'sales',
    title: { en: 'Net sales of €51.5 M in 2027, built account by account', es: 'Facturación neta de 51,5 M€ en 2027, construida cuenta a cuenta' },
    metric: { en: 'Net sales', es: 'Facturación neta' },
    unit: { en: '€ M', es: 'M€' },
    baseline: 47.2,
    target: 51.5,
    deadline: '2027-12-31',
    owner: 'alvaro',
    findings: ['tendersLost', 'germanyDown', 'onlyBuyersKnown'],
    realistic: {
      ok: true,
      rationale: {
        en: 'The 30 key-account plans add up to €50.8 M; the rest has to come from new customers.',
        es: 'Los 30 planes de cuenta clave suman 50,8 M€; el resto tiene que venir de clientes nuevos.',
      },
    },
    achievable: {
      ok: null,
      rationale: {
        en: 'Depends on plant capacity for tapered roller bearings; operations confirms in December.',
        es: 'Depende de la capacidad de planta para rodamientos de rodillos cónicos; operaciones lo confirma en diciembre.',
      },
    },
    ownedByOrganisation: {
      ok: true,
      rationale: {
        en: 'Each area manager signed the figure for their own market.',
        es: 'Cada responsable de zona firmó la cifra de su mercado.',
      },
    },
    reservePlan: {
      targetCustomer: 'Vortmann Landtechnik (DE)',
      replacementCustomer: 'Westfalen Agrartechnik (DE)',
      trigger: {
        en: 'Vortmann has not approved our samples by 30 June 2027.',
        es: 'Vortmann no ha aprobado nuestras muestras el 30 de junio de 2027.',
      },
    },
  },
  {
    key: 'margin',
    original: 'margin',
    title: { en: 'Gross margin back to 33 % through pricing discipline', es: 'Margen bruto de nuevo en el 33 % gracias a la disciplina en precios' },
    metric: { en: 'Gross margin on net sales', es: 'Margen bruto sobre facturación neta' },
    unit: PERCENT,
    baseline: 30.8,
    target: 33,
    deadline: '2027-12-31',
    owner: 'marta',
    findings: ['zhenweiPrice', 'slowQuotes', 'wastedSpend'],
    realistic: {
      ok: true,
      rationale: {
        en: 'Price corridors and no more express freight give about 1.6 points; value offers must bring the rest.',
        es: 'Las bandas de precio y eliminar el transporte urgente aportan unos 1,6 puntos; las ofertas de valor deben aportar el resto.',
      },
    },
    achievable: {
      ok: true,
      rationale: { en: 'Every lever is in our own hands.', es: 'Todas las palancas están en nuestras manos.' },
    },
    ownedByOrganisation: {
      ok: false,
      rationale: {
        en: "Sales still sees margin as finance's business; the discount rules have to change that.",
        es: 'Ventas sigue viendo el margen como cosa de finanzas; las reglas de descuento tienen que cambiarlo.',
      },
    },
    reservePlan: {
      targetCustomer: 'Industrias Cierzo',
      replacementCustomer: 'Grúas Montalbán',
      trigger: {
        en: 'Cierzo rejects the steel-indexed price formula in the framework talks.',
        es: 'Cierzo rechaza la fórmula de precio indexada al acero en la negociación del acuerdo marco.',
      },
    },
  },
  {
    key: 'newCustomers',
    original: 'newCustomers',
    title: { en: 'Six new OEM customers in two chosen segments', es: 'Seis clientes OEM nuevos en dos segmentos elegidos' },
    metric: { en: 'New OEM customers with a first order', es: 'Clientes OEM nuevos con un primer pedido' },
    unit: { en: 'customers', es: 'clientes' },
    baseline: 0,
    target: 6,
    deadline: '2027-12-31',
    owner: 'jorge',
    findings: ['noNewCustomers', 'productMix'],
    realistic: {
      ok: true,
      rationale: {
        en: 'Eight was a wish; six means winning one in seven of 40 target accounts.',
        es: 'Ocho era un deseo; seis supone ganar una de cada siete de las 40 cuentas objetivo.',
      },
    },
    achievable: {
      ok: null,
      rationale: {
        en: 'Only if the co-design days start in April.',
        es: 'Solo si las jornadas de codiseño empiezan en abril.',
      },
    },
    ownedByOrganisation: {
      ok: true,
      rationale: {
        en: 'Engineering and sales share the target.',
        es: 'Ingeniería y ventas comparten el objetivo.',
      },
    },
    reservePlan: {
      targetCustomer: 'Tractores del Norte (MX)',
      replacementCustomer: 'Equipos Agrícolas Jalisco (MX)',
      trigger: {
        en: 'No trial order from Tractores del Norte by the end of the third quarter of 2027.',
        es: 'Ningún pedido de prueba de Tractores del Norte al cierre del tercer trimestre de 2027.',
      },
    },
  },
  {
    key: 'winRate',
    original: 'winRate',
    title: { en: 'Win 30 % of tenders, with every loss explained', es: 'Ganar el 30 % de las licitaciones, con cada pérdida explicada' },
    metric: { en: 'Tender win rate by number', es: 'Tasa de éxito en licitaciones (en número)' },
    unit: PERCENT,
    baseline: 22,
    target: 30,
    deadline: '2027-12-31',
    owner: 'stefan',
    findings: ['tendersLost', 'noLossReasons', 'slowQuotes'],
    realistic: {
      ok: true,
      rationale: {
        en: "35 % ignored Zhenwei's prices; 30 % assumes we stop bidding in tenders decided on price alone.",
        es: 'El 35 % ignoraba los precios de Zhenwei; el 30 % supone dejar de presentarnos a licitaciones que se deciden solo por precio.',
      },
    },
    achievable: {
      ok: true,
      rationale: {
        en: 'Quote speed and recorded loss reasons depend on us alone.',
        es: 'La rapidez de las ofertas y el registro de los motivos de pérdida dependen solo de nosotros.',
      },
    },
    ownedByOrganisation: {
      ok: true,
      rationale: {
        en: 'Inside sales and the area managers own it together.',
        es: 'Ventas internas y los responsables de zona lo comparten.',
      },
    },
    reservePlan: {
      targetCustomer: 'Autobuses Sierra Norte',
      replacementCustomer: 'Carrocerías Almena',
      trigger: {
        en: 'Sierra Norte postpones its 2027 tender beyond June.',
        es: 'Sierra Norte aplaza su licitación de 2027 más allá de junio.',
      },
    },
  },
  {
    key: 'visits',
    original: null,
    originalText: {
      en: 'Be closer to our customers (no figure in the 2026 plan).',
      es: 'Estar más cerca de nuestros clientes (sin cifra en el plan de 2026).',
    },
    title: { en: 'Make 90 % of the planned key-account visits', es: 'Realizar el 90 % de las visitas planificadas a cuentas clave' },
    metric: { en: 'Planned key-account visits made', es: 'Visitas planificadas a cuentas clave realizadas' },
    unit: PERCENT,
    baseline: 55,
    target: 90,
    deadline: '2027-06-30',
    owner: 'alvaro',
    findings: ['visitsNotMade', 'onlyBuyersKnown'],
    realistic: {
      ok: true,
      rationale: {
        en: 'Four visits a year to 30 accounts is 120 visits: about one a week per manager.',
        es: 'Cuatro visitas al año a 30 cuentas son 120 visitas: alrededor de una por semana y responsable.',
      },
    },
    achievable: {
      ok: true,
      rationale: {
        en: 'The travel budget is there; what is missing is planning, not money.',
        es: 'El presupuesto de viajes existe; lo que falta es planificación, no dinero.',
      },
    },
    ownedByOrganisation: {
      ok: null,
      rationale: {
        en: 'The export managers have not agreed the cadence yet.',
        es: 'Los responsables de exportación aún no han aceptado la cadencia.',
      },
    },
    reservePlan: {
      targetCustomer: 'Kessler Baumaschinen (DE)',
      replacementCustomer: 'Bremer Fördertechnik (DE)',
      trigger: {
        en: 'Kessler turns down two visit requests in a row.',
        es: 'Kessler rechaza dos peticiones de visita seguidas.',
      },
    },
  },
];

export function finalObjectiveId(context: ExampleContext, key: string): string {
  return context.id('finalObjectives', key);
}

function check(context: ExampleContext, content: CheckContent): { ok: boolean | null; rationale: string } {
  return { ok: content.ok, rationale: context.text(content.rationale) };
}

export function buildFinalObjectives(context: ExampleContext): FinalObjective[] {
  return FINAL_OBJECTIVES.map((objective, index) =>
    withId(
      createFinalObjective(context.workshopId, {
        title: context.text(objective.title),
        originalObjectiveId: objective.original === null ? null : context.id('currentObjectives', objective.original),
        originalText: objective.originalText === undefined ? '' : context.text(objective.originalText),
        metric: context.text(objective.metric),
        baseline: objective.baseline,
        target: objective.target,
        unit: context.text(objective.unit),
        deadline: objective.deadline,
        owner: personName(objective.owner),
        checks: {
          realistic: check(context, objective.realistic),
          achievable: check(context, objective.achievable),
          ownedByOrganisation: check(context, objective.ownedByOrganisation),
        },
        findingIds: objective.findings.map((key) => findingId(context, key)),
        reservePlan: {
          targetCustomer: objective.reservePlan.targetCustomer,
          replacementCustomer: objective.reservePlan.replacementCustomer,
          trigger: context.text(objective.reservePlan.trigger),
        },
        order: index,
      }),
      finalObjectiveId(context, objective.key),
    ),
  );
}
