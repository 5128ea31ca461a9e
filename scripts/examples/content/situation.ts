import { createAnswer, type Answer, type AnswerResponse, type Question } from '../../../shared/domain';
import { createQuestionBankRecords } from '../../../shared/method/questionBank';
import { withId, type ExampleContext, type Localized } from '../exampleContext';
import { personName, type PersonKey } from './people';

/**
 * Phase 1: the whole built-in questionnaire, answered by the group on day 1. Three questions were
 * left open because nobody in the room could answer them.
 */

export function questionId(context: ExampleContext, builtInKey: string): string {
  return context.id('questions', builtInKey);
}

export function buildQuestions(context: ExampleContext): Question[] {
  return createQuestionBankRecords(context.workshopId, context.language).map((question) =>
    withId(question, questionId(context, question.builtInKey ?? '')),
  );
}

interface AnswerContent {
  question: string;
  response: AnswerResponse;
  maturity: number | null;
  owner: PersonKey;
  evidence: Localized;
}

const ANSWERS: readonly AnswerContent[] = [
  {
    question: 'crm.quality',
    response: 'partly',
    maturity: 2,
    owner: 'daniel',
    evidence: {
      en: 'The CRM (since 2019) holds accounts and contacts, but offers and orders stay in the ERP and there is no mobile app.',
      es: 'El CRM (desde 2019) guarda cuentas y contactos, pero las ofertas y los pedidos siguen en el ERP y no hay aplicación móvil.',
    },
  },
  {
    question: 'crm.lostCustomers',
    response: 'no',
    maturity: 1,
    owner: 'marta',
    evidence: {
      en: 'Finance can list the accounts without orders in twelve months (23 in 2025), but nobody reviews the list.',
      es: 'Finanzas puede sacar las cuentas sin pedidos en doce meses (23 en 2025), pero nadie revisa la lista.',
    },
  },
  {
    question: 'crm.lossReasons',
    response: 'no',
    maturity: 0,
    owner: 'alvaro',
    evidence: {
      en: 'Only 38 % of the quotes lost in 2026 carry a reason; the field is optional.',
      es: 'Solo el 38 % de las ofertas perdidas en 2026 tiene un motivo; el campo es opcional.',
    },
  },
  {
    question: 'crm.lossBreakdown',
    response: 'partly',
    maturity: 2,
    owner: 'marta',
    evidence: {
      en: 'By market from ERP data; by product only with a day of spreadsheet work.',
      es: 'Por mercado con datos del ERP; por producto solo con un día de trabajo en hojas de cálculo.',
    },
  },
  {
    question: 'crm.lossCompetitors',
    response: 'partly',
    maturity: 1,
    owner: 'stefan',
    evidence: {
      en: 'Known for the big tenders (Zhenwei both times), rarely for smaller quotes.',
      es: 'Se sabe en las grandes licitaciones (Zhenwei las dos veces), pocas veces en ofertas pequeñas.',
    },
  },
  {
    question: 'crm.usage',
    response: 'partly',
    maturity: 2,
    owner: 'daniel',
    evidence: {
      en: '17 of 38 licensed users logged in last month; Iberia uses it, the export markets hardly do.',
      es: '17 de los 38 usuarios con licencia entraron el último mes; Iberia lo usa, los mercados de exportación casi nada.',
    },
  },
  {
    question: 'crm.visitReports',
    response: 'unknown',
    maturity: null,
    owner: 'alvaro',
    evidence: {
      en: 'Nobody has read the reports systematically; the group could not agree on their quality.',
      es: 'Nadie ha leído los informes de forma sistemática; el grupo no se puso de acuerdo sobre su calidad.',
    },
  },
  {
    question: 'crm.buyingTeam',
    response: 'no',
    maturity: 1,
    owner: 'jorge',
    evidence: {
      en: 'For 8 of the top 10 customers we only know the purchasing contact.',
      es: 'En 8 de los 10 clientes principales solo conocemos al interlocutor de compras.',
    },
  },
  {
    question: 'visits.planned',
    response: 'partly',
    maturity: 1,
    owner: 'alvaro',
    evidence: {
      en: 'Iberia plans a week ahead; the export managers plan around trips and trade fairs.',
      es: 'Iberia planifica con una semana de antelación; los responsables de exportación, en torno a viajes y ferias.',
    },
  },
  {
    question: 'visits.tracked',
    response: 'no',
    maturity: 1,
    owner: 'alvaro',
    evidence: {
      en: 'Visits live in personal calendars; managers only see them in the monthly report.',
      es: 'Las visitas están en agendas personales; los responsables solo las ven en el informe mensual.',
    },
  },
  {
    question: 'visits.allActivityRecorded',
    response: 'no',
    maturity: 1,
    owner: 'nuria',
    evidence: {
      en: 'Calls and e-mails are not logged; offers sit in the ERP without a link to the CRM.',
      es: 'Las llamadas y los correos no se registran; las ofertas están en el ERP sin enlace con el CRM.',
    },
  },
  {
    question: 'visits.budgetDetail',
    response: 'yes',
    maturity: 3,
    owner: 'marta',
    evidence: {
      en: 'The 2026 budget sets four visits a year for each of the top 30 accounts.',
      es: 'El presupuesto de 2026 fija cuatro visitas al año para cada una de las 30 cuentas principales.',
    },
  },
  {
    question: 'visits.budgetMet',
    response: 'no',
    maturity: 1,
    owner: 'alvaro',
    evidence: {
      en: 'By the end of August only 55 % of the visits committed for 2026 had been made.',
      es: 'A finales de agosto solo se había hecho el 55 % de las visitas comprometidas para 2026.',
    },
  },
  {
    question: 'visits.opportunities',
    response: 'partly',
    maturity: 2,
    owner: 'jorge',
    evidence: {
      en: 'Tenders above €100,000 are followed in a spreadsheet; smaller opportunities are not recorded.',
      es: 'Las licitaciones de más de 100.000 € se siguen en una hoja de cálculo; las oportunidades menores no se registran.',
    },
  },
  {
    question: 'acquisition.process',
    response: 'no',
    maturity: 0,
    owner: 'alvaro',
    evidence: {
      en: 'New customers come from trade fairs and referrals; there is no defined process.',
      es: 'Los clientes nuevos llegan por ferias y recomendaciones; no hay un proceso definido.',
    },
  },
  {
    question: 'acquisition.segmentation',
    response: 'partly',
    maturity: 1,
    owner: 'claire',
    evidence: {
      en: 'Customers are grouped by country and size, not by application or potential.',
      es: 'Los clientes se agrupan por país y tamaño, no por aplicación ni por potencial.',
    },
  },
  {
    question: 'acquisition.accountMethod',
    response: 'no',
    maturity: 1,
    owner: 'alvaro',
    evidence: {
      en: 'Each manager develops accounts in their own way; no shared account plan exists.',
      es: 'Cada responsable desarrolla sus cuentas a su manera; no existe un plan de cuenta común.',
    },
  },
  {
    question: 'acquisition.potential',
    response: 'unknown',
    maturity: null,
    owner: 'marta',
    evidence: {
      en: 'There is no estimate of potential per segment to compare with.',
      es: 'No hay una estimación del potencial por segmento con la que comparar.',
    },
  },
  {
    question: 'strategy.channels',
    response: 'yes',
    maturity: 3,
    owner: 'alvaro',
    evidence: {
      en: 'Direct to OEMs; distributors for the aftermarket, including Poland through a distributor in Łódź.',
      es: 'Venta directa a los OEM; distribuidores para el mercado de recambio, incluida Polonia a través de un distribuidor en Łódź.',
    },
  },
  {
    question: 'strategy.fieldIntelligence',
    response: 'no',
    maturity: 1,
    owner: 'stefan',
    evidence: {
      en: "Zhenwei's price moves took us by surprise twice in 2025.",
      es: 'Los movimientos de precio de Zhenwei nos sorprendieron dos veces en 2025.',
    },
  },
  {
    question: 'strategy.pricingPolicy',
    response: 'partly',
    maturity: 2,
    owner: 'alvaro',
    evidence: {
      en: 'A list price exists; discounts are agreed case by case with the Sales Director.',
      es: 'Existe una tarifa; los descuentos se acuerdan caso por caso con el director comercial.',
    },
  },
  {
    question: 'strategy.pricingAccess',
    response: 'no',
    maturity: 0,
    owner: 'nuria',
    evidence: {
      en: 'Salespeople phone the office for a price; a quote takes four days on average.',
      es: 'Los comerciales llaman a la oficina para pedir un precio; una oferta tarda cuatro días de media.',
    },
  },
];

export function buildAnswers(context: ExampleContext): Answer[] {
  return ANSWERS.map((answer) =>
    withId(
      createAnswer(context.workshopId, {
        questionId: questionId(context, answer.question),
        response: answer.response,
        maturity: answer.maturity,
        evidence: context.text(answer.evidence),
        owner: personName(answer.owner),
      }),
      context.id('answers', answer.question),
    ),
  );
}
