import { createQuestion, isBuiltInQuestionArea, type BUILT_IN_QUESTION_AREAS, type Question } from '../domain/question';
import type { Language } from '../domain/primitives';

/**
 * The built-in diagnostic questionnaire of phase 1: how digital the sales organisation really is.
 * Every question can be answered yes / partly / no / unknown, so each asks about one thing only.
 * Keys are stable forever: answers in old backups find their question through them.
 */

export type BuiltInQuestionArea = (typeof BUILT_IN_QUESTION_AREAS)[number];

/** A text in every language the app speaks. */
export type LocalizedText = Readonly<Record<Language, string>>;

export interface QuestionArea {
  key: BuiltInQuestionArea;
  name: LocalizedText;
}

export interface BuiltInQuestion {
  key: string;
  area: BuiltInQuestionArea;
  text: LocalizedText;
}

export const QUESTION_AREAS: readonly QuestionArea[] = [
  { key: 'crm', name: { en: 'CRM and sales knowledge', es: 'CRM y conocimiento comercial' } },
  { key: 'visits', name: { en: 'Visit management', es: 'Gestión de visitas' } },
  { key: 'acquisition', name: { en: 'Winning new customers', es: 'Captación de nuevos clientes' } },
  { key: 'strategy', name: { en: 'Commercial strategy', es: 'Estrategia comercial' } },
];

export const BUILT_IN_QUESTIONS: readonly BuiltInQuestion[] = [
  // CRM and sales knowledge
  {
    key: 'crm.quality',
    area: 'crm',
    text: {
      en: 'Does our CRM give the sales team what it needs in its daily work?',
      es: '¿Nuestro CRM ofrece al equipo comercial lo que necesita en su trabajo diario?',
    },
  },
  {
    key: 'crm.lostCustomers',
    area: 'crm',
    text: {
      en: 'Can we say how many customers we lost in the last twelve months, and name them?',
      es: '¿Sabemos cuántos clientes hemos perdido en los últimos doce meses y quiénes son?',
    },
  },
  {
    key: 'crm.lossReasons',
    area: 'crm',
    text: {
      en: 'Is the reason recorded for every customer and every deal we lose?',
      es: '¿Queda registrado el motivo de cada cliente y de cada operación que perdemos?',
    },
  },
  {
    key: 'crm.lossBreakdown',
    area: 'crm',
    text: {
      en: 'Can we break those losses down by market and by product line?',
      es: '¿Podemos desglosar esas pérdidas por mercado y por línea de producto?',
    },
  },
  {
    key: 'crm.lossCompetitors',
    area: 'crm',
    text: {
      en: 'Do we know which competitor won each piece of business we lost?',
      es: '¿Sabemos qué competidor se quedó con cada negocio que perdimos?',
    },
  },
  {
    key: 'crm.usage',
    area: 'crm',
    text: {
      en: 'Do the salespeople use the CRM every day without being chased to do it?',
      es: '¿Los comerciales usan el CRM a diario sin que haya que insistirles?',
    },
  },
  {
    key: 'crm.visitReports',
    area: 'crm',
    text: {
      en: 'Are visit reports written promptly, and do they contain something useful?',
      es: '¿Los informes de visita se redactan a tiempo y contienen información útil?',
    },
  },
  {
    key: 'crm.buyingTeam',
    area: 'crm',
    text: {
      en: 'For our main customers, do we know everyone who takes part in the purchase and what each of them cares about?',
      es: 'En nuestros clientes principales, ¿conocemos a todas las personas que intervienen en la compra y lo que le importa a cada una?',
    },
  },
  // Visit management
  {
    key: 'visits.planned',
    area: 'visits',
    text: {
      en: 'Are customer visits planned in advance rather than arranged as they come up?',
      es: '¿Las visitas a clientes se planifican con antelación en lugar de organizarse sobre la marcha?',
    },
  },
  {
    key: 'visits.tracked',
    area: 'visits',
    text: {
      en: 'Can a manager see which of the planned visits actually took place?',
      es: '¿Puede un responsable ver cuáles de las visitas planificadas se hicieron realmente?',
    },
  },
  {
    key: 'visits.allActivityRecorded',
    area: 'visits',
    text: {
      en: 'Is every commercial contact (calls, e-mails, offers, visits) logged in the CRM?',
      es: '¿Se registra en el CRM todo contacto comercial (llamadas, correos, ofertas, visitas)?',
    },
  },
  {
    key: 'visits.budgetDetail',
    area: 'visits',
    text: {
      en: 'Does the budget set a number of visits per customer or per market?',
      es: '¿El presupuesto fija un número de visitas por cliente o por mercado?',
    },
  },
  {
    key: 'visits.budgetMet',
    area: 'visits',
    text: {
      en: 'Are the visits promised in the budget actually made?',
      es: '¿Se realizan de verdad las visitas comprometidas en el presupuesto?',
    },
  },
  {
    key: 'visits.opportunities',
    area: 'visits',
    text: {
      en: 'Is every sales opportunity recorded and followed until it is won or lost?',
      es: '¿Se registra cada oportunidad de venta y se sigue hasta que se gana o se pierde?',
    },
  },
  // Winning new customers
  {
    key: 'acquisition.process',
    area: 'acquisition',
    text: {
      en: 'Is there a written, step-by-step process for winning new customers?',
      es: '¿Existe un proceso escrito, paso a paso, para captar nuevos clientes?',
    },
  },
  {
    key: 'acquisition.digitalProcess',
    area: 'acquisition',
    text: {
      en: 'Is that process run and monitored in a digital tool?',
      es: '¿Ese proceso se gestiona y se controla con una herramienta digital?',
    },
  },
  {
    key: 'acquisition.segmentation',
    area: 'acquisition',
    text: {
      en: 'Are customers grouped into segments with clear criteria for belonging to each?',
      es: '¿Están los clientes agrupados en segmentos con criterios claros para pertenecer a cada uno?',
    },
  },
  {
    key: 'acquisition.accountMethod',
    area: 'acquisition',
    text: {
      en: 'Does everyone follow the same method to develop a target account?',
      es: '¿Todo el equipo sigue el mismo método para desarrollar una cuenta objetivo?',
    },
  },
  {
    key: 'acquisition.potential',
    area: 'acquisition',
    text: {
      en: 'Are we getting the potential we estimated out of each segment?',
      es: '¿Estamos obteniendo de cada segmento el potencial que estimamos?',
    },
  },
  // Commercial strategy
  {
    key: 'strategy.channels',
    area: 'strategy',
    text: {
      en: 'Is it clear which customers we serve directly, which through distributors, and why?',
      es: '¿Está claro a qué clientes atendemos directamente, a cuáles a través de distribuidores y por qué?',
    },
  },
  {
    key: 'strategy.channelVisibility',
    area: 'strategy',
    text: {
      en: 'Can we follow sales in every channel, distributors included, in our own systems?',
      es: '¿Podemos seguir en nuestros propios sistemas las ventas de todos los canales, distribuidores incluidos?',
    },
  },
  {
    key: 'strategy.fieldIntelligence',
    area: 'strategy',
    text: {
      en: 'Is what we learn from the market better than what our competitors learn?',
      es: '¿La información que obtenemos del mercado es mejor que la de nuestros competidores?',
    },
  },
  {
    key: 'strategy.mobileAccess',
    area: 'strategy',
    text: {
      en: 'Can salespeople reach customer information wherever they are, on devices that are up to the job?',
      es: '¿Pueden los comerciales consultar la información de clientes desde cualquier lugar y con dispositivos adecuados?',
    },
  },
  {
    key: 'strategy.pricingPolicy',
    area: 'strategy',
    text: {
      en: 'Do we have a clear policy for prices and discounts?',
      es: '¿Tenemos una política clara de precios y descuentos?',
    },
  },
  {
    key: 'strategy.pricingAccess',
    area: 'strategy',
    text: {
      en: 'Can salespeople look up prices and the discounts they may grant while they are with the customer?',
      es: '¿Pueden los comerciales consultar los precios y los descuentos que pueden conceder mientras están con el cliente?',
    },
  },
];

const QUESTIONS_BY_KEY: ReadonlyMap<string, BuiltInQuestion> = new Map(
  BUILT_IN_QUESTIONS.map((question) => [question.key, question]),
);

export function findBuiltInQuestion(key: string): BuiltInQuestion | undefined {
  return QUESTIONS_BY_KEY.get(key);
}

/**
 * The wording to show for a question: its own text, or the built-in wording when the text is empty.
 * A question with neither (a built-in key this version does not know) shows its key, never a blank.
 */
export function questionDisplayText(question: Pick<Question, 'text' | 'builtInKey'>, language: Language): string {
  if (question.text.trim() !== '') return question.text;
  if (question.builtInKey === undefined) return '';
  return findBuiltInQuestion(question.builtInKey)?.text[language] ?? question.builtInKey;
}

/** The name of an area: translated for built-in areas, the workshop's own text for any other. */
export function questionAreaName(area: string, language: Language): string {
  if (!isBuiltInQuestionArea(area)) return area;
  return QUESTION_AREAS.find((candidate) => candidate.key === area)?.name[language] ?? area;
}

/**
 * The question bank as records of one workshop, in questionnaire order. The wording is copied in the
 * workshop language so the answers stay tied to the words the group actually answered, even if a
 * later version of the app rewords a built-in question.
 */
export function createQuestionBankRecords(workshopId: string, language: Language): Question[] {
  return BUILT_IN_QUESTIONS.map((question, index) =>
    createQuestion(workshopId, {
      area: question.area,
      builtInKey: question.key,
      text: question.text[language],
      hidden: false,
      order: index,
    }),
  );
}
