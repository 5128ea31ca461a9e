import {
  createCluster,
  createIdea,
  createVote,
  DEFAULT_IDEA_COLOUR,
  type Cluster,
  type Idea,
  type Vote,
} from '../../../shared/domain';
import { withId, type ExampleContext, type Localized } from '../exampleContext';
import { finalObjectiveId } from './finalObjectives';
import { participantId, personName, PERSON_NAMES, type PersonKey } from './people';

/**
 * Phase 5: the expert group's brainstorm on day 3. Thirty notes in five clusters (two still in the
 * inbox), rated for impact and effort, linked to the final objectives; ten were chosen for the roadmap.
 */

interface ClusterContent {
  key: string;
  name: Localized;
  x: number;
  y: number;
  colour: string;
}

// Every cluster has the same frame size so the note grid below always fits inside it.
const CLUSTER_WIDTH = 600;
const CLUSTER_HEIGHT = 340;

const CLUSTERS: readonly ClusterContent[] = [
  { key: 'pricing', name: { en: 'Pricing and value selling', es: 'Precios y venta de valor' }, x: 40, y: 40, colour: '#dbeafe' },
  { key: 'crm', name: { en: 'CRM and sales data', es: 'CRM y datos comerciales' }, x: 680, y: 40, colour: '#dcfce7' },
  { key: 'keyAccounts', name: { en: 'Key-account work', es: 'Trabajo con cuentas clave' }, x: 1320, y: 40, colour: '#fef3c7' },
  { key: 'newCustomers', name: { en: 'Winning new customers', es: 'Captación de nuevos clientes' }, x: 40, y: 420, colour: '#fee2e2' },
  { key: 'service', name: { en: 'Service and delivery', es: 'Servicio y entrega' }, x: 680, y: 420, colour: '#f3f4f6' },
];

/** Notes of the outside experts get their own colour, so the group sees what came from outside. */
const OUTSIDE_VIEW_COLOUR = '#a7f3d0';
const GUEST_AUTHOR = 'Carmen Ruiz';

interface IdeaContent {
  key: string;
  cluster: string | null;
  /** A participant, the guest logistics consultant (no participant record) or null for anonymous. */
  author: PersonKey | typeof GUEST_AUTHOR | null;
  text: Localized;
  impact: number | null;
  effort: number | null;
  objectives: readonly string[];
  selected: boolean;
}

function idea(
  key: string,
  cluster: string | null,
  author: IdeaContent['author'],
  en: string,
  es: string,
  ratings: readonly [number, number] | null,
  objectives: readonly string[],
  selected = false,
): IdeaContent {
  return { key, cluster, author, text: { en, es }, impact: ratings?.[0] ?? null, effort: ratings?.[1] ?? null, objectives, selected };
}

const IDEAS: readonly IdeaContent[] = [
  idea('corridors', 'pricing', 'malgorzata', 'Set a price corridor per segment, with the discount each role may grant', 'Fijar una banda de precios por segmento, con el descuento que puede conceder cada función', [5, 2], ['margin'], true),
  idea('tcoCalculator', 'pricing', 'inaki', 'A total-cost-of-ownership calculator that shows what our longer bearing life saves the OEM', 'Una calculadora de coste total que muestre lo que ahorra el OEM con la mayor vida útil de nuestros rodamientos', [4, 3], ['sales', 'margin'], true),
  idea('stopCommodity', 'pricing', 'rainer', 'Stop chasing Zhenwei on basic ball bearings; compete on seals and assemblies', 'Dejar de perseguir a Zhenwei en rodamientos de bolas básicos y competir en retenes y conjuntos', [4, 2], ['margin']),
  idea('priceReview', 'pricing', null, 'A quarterly price review based on won and lost quotes', 'Una revisión trimestral de precios basada en las ofertas ganadas y perdidas', [2, 2], ['margin']),
  idea('kits', 'pricing', 'jorge', 'Bundle seals and fittings into kits for OEM assembly lines', 'Agrupar retenes y racores en kits para las líneas de montaje de los OEM', [2, 4], ['sales']),
  idea('valueTraining', 'pricing', 'claire', 'Train the sales team to defend price with value arguments', 'Formar al equipo comercial para defender el precio con argumentos de valor', [3, 2], ['margin', 'winRate']),
  idea('lossReasonMandatory', 'crm', 'nuria', 'No lost quote can be closed without the reason and the winning competitor', 'Que ninguna oferta perdida pueda cerrarse sin el motivo y el competidor ganador', [5, 1], ['winRate'], true),
  idea('crmTablets', 'crm', 'daniel', 'Clean up the CRM and put it on a tablet for every salesperson', 'Limpiar el CRM y ponerlo en una tableta para cada comercial', [5, 4], ['winRate', 'visits'], true),
  idea('dealMap', 'crm', null, 'A monthly map of won and lost deals, shown at every sales meeting', 'Un mapa mensual de operaciones ganadas y perdidas, proyectado en cada reunión comercial', [4, 2], ['sales', 'visits']),
  idea('erpLink', 'crm', 'daniel', 'Link ERP offers to CRM opportunities automatically', 'Enlazar automáticamente las ofertas del ERP con las oportunidades del CRM', [4, 4], ['winRate']),
  idea('oneClickLog', 'crm', 'stefan', 'Log calls and e-mails in the CRM with one click from Outlook', 'Registrar llamadas y correos en el CRM con un clic desde Outlook', [4, 2], ['visits']),
  idea('sellOut', 'crm', 'alvaro', 'Ask distributors for monthly sell-out data, starting with Łódź', 'Pedir a los distribuidores datos mensuales de venta, empezando por Łódź', [2, 4], ['sales']),
  idea('vortmannSponsor', 'keyAccounts', 'stefan', 'A win-back plan for Vortmann, with a sponsor from our management', 'Un plan para recuperar Vortmann, con un patrocinador de nuestra dirección', [5, 2], ['sales'], true),
  idea('cierzoPartnership', 'keyAccounts', 'jorge', 'Offer Cierzo a three-year agreement with a price formula tied to steel', 'Ofrecer a Cierzo un acuerdo a tres años con una fórmula de precio ligada al acero', [4, 4], ['sales', 'margin'], true),
  idea('visitCadence', 'keyAccounts', 'alvaro', 'A fixed visit cadence for the top 30 accounts, planned a quarter ahead', 'Una cadencia fija de visitas a las 30 cuentas principales, planificada con un trimestre de antelación', [4, 2], ['visits'], true),
  idea('buyingTeamMaps', 'keyAccounts', 'rainer', 'Map the whole buying team of every top-10 customer', 'Mapear todo el equipo de compra de cada uno de los 10 clientes principales', [4, 2], ['visits', 'sales']),
  idea('labVisits', 'keyAccounts', 'inaki', 'Invite key-account engineers to our Burgos test lab once a year', 'Invitar una vez al año a los ingenieros de las cuentas clave a nuestro laboratorio de Burgos', [2, 2], ['sales']),
  idea('executivePerAccount', 'keyAccounts', null, 'One member of our management team for each top-10 account', 'Un miembro de nuestra dirección para cada una de las 10 cuentas principales', [3, 1], ['sales']),
  idea('segmentation', 'newCustomers', 'claire', 'Segment OEMs by application and choose 40 target accounts', 'Segmentar los OEM por aplicación y elegir 40 cuentas objetivo', [5, 2], ['newCustomers'], true),
  idea('coDesignDays', 'newCustomers', 'inaki', "Co-design days: our engineers spend a day with a prospect's design team", 'Jornadas de codiseño: nuestros ingenieros pasan un día con el equipo de diseño de un cliente potencial', [4, 4], ['newCustomers'], true),
  idea('bajioStock', 'newCustomers', 'rocio', 'Focus Mexico on the Bajío farm-machinery cluster, with local stock in Querétaro', 'Centrar México en el clúster de maquinaria agrícola del Bajío, con stock local en Querétaro', [4, 4], ['newCustomers', 'sales']),
  idea('webinars', 'newCustomers', null, 'Replace one trade fair with webinars for design engineers', 'Sustituir una feria por seminarios web para ingenieros de diseño', [3, 2], ['newCustomers']),
  idea('referralBonus', 'newCustomers', 'nuria', 'Reward customers who introduce us to another OEM', 'Premiar a los clientes que nos presenten a otro OEM', [2, 1], ['newCustomers']),
  idea('university', 'newCustomers', null, 'Sponsor seal-design projects at an engineering school', 'Patrocinar proyectos de diseño de retenes en una escuela de ingeniería', [1, 4], ['newCustomers']),
  idea('quote24h', 'service', 'nuria', 'Quote within 24 hours, with the price worked out on the tablet', 'Ofertar en 24 horas, con el precio calculado en la tableta', [5, 4], ['winRate'], true),
  idea('fastFittings', 'service', GUEST_AUTHOR, 'Stock the 200 fastest-moving fittings and deliver them within 48 hours', 'Tener en stock los 200 racores de más rotación y entregarlos en 48 horas', [4, 3], ['sales']),
  idea('forecastPlanning', 'service', 'marta', "Plan production with customers' forecasts and stop paying for express freight", 'Planificar la producción con las previsiones de los clientes y dejar de pagar transporte urgente', [3, 3], ['margin']),
  idea('portal', 'service', 'daniel', 'A customer portal to track orders and download certificates', 'Un portal de clientes para seguir pedidos y descargar certificados', [2, 5], []),
  idea('exitInterviews', null, null, 'Ask every lost customer for a 15-minute exit interview', 'Pedir a cada cliente perdido una entrevista de salida de 15 minutos', null, []),
  idea('customerSuccess', null, null, "Call the sales team 'customer success'", 'Llamar al equipo comercial «éxito del cliente»', null, []),
];

// Notes sit in a grid of three columns inside their cluster's frame (a note is about 170 x 120).
const NOTE_COLUMNS = 3;
const NOTE_COLUMN_STEP = 190;
const NOTE_ROW_STEP = 140;
const NOTE_LEFT_MARGIN = 20;
const NOTE_TOP_MARGIN = 56;

export function ideaId(context: ExampleContext, key: string): string {
  return context.id('ideas', key);
}

export function buildClusters(context: ExampleContext): Cluster[] {
  return CLUSTERS.map((cluster) =>
    withId(
      createCluster(context.workshopId, {
        name: context.text(cluster.name),
        x: cluster.x,
        y: cluster.y,
        width: CLUSTER_WIDTH,
        height: CLUSTER_HEIGHT,
        colour: cluster.colour,
      }),
      context.id('clusters', cluster.key),
    ),
  );
}

function isParticipant(author: IdeaContent['author']): author is PersonKey {
  return author !== null && author in PERSON_NAMES;
}

function notePosition(cluster: ClusterContent, indexInCluster: number): { x: number; y: number } {
  const column = indexInCluster % NOTE_COLUMNS;
  const row = Math.floor(indexInCluster / NOTE_COLUMNS);
  return { x: cluster.x + NOTE_LEFT_MARGIN + column * NOTE_COLUMN_STEP, y: cluster.y + NOTE_TOP_MARGIN + row * NOTE_ROW_STEP };
}

export function buildIdeas(context: ExampleContext): Idea[] {
  const placedPerCluster = new Map<string, number>();
  return IDEAS.map((content, index) => {
    const cluster = CLUSTERS.find((candidate) => candidate.key === content.cluster);
    const indexInCluster = placedPerCluster.get(content.cluster ?? '') ?? 0;
    placedPerCluster.set(content.cluster ?? '', indexInCluster + 1);
    const position = cluster ? notePosition(cluster, indexInCluster) : { x: 0, y: 0 };
    const participant = isParticipant(content.author) ? content.author : null;
    const outsideView = content.author === 'malgorzata' || content.author === 'rainer' || content.author === GUEST_AUTHOR;
    return withId(
      createIdea(context.workshopId, {
        text: context.text(content.text),
        author: participant ? personName(participant) : (content.author ?? ''),
        participantId: participant ? participantId(context, participant) : null,
        colour: outsideView ? OUTSIDE_VIEW_COLOUR : DEFAULT_IDEA_COLOUR,
        place: cluster ? 'canvas' : 'inbox',
        x: position.x,
        y: position.y,
        impact: content.impact,
        effort: content.effort,
        clusterId: cluster ? context.id('clusters', cluster.key) : null,
        objectiveIds: content.objectives.map((key) => finalObjectiveId(context, key)),
        selected: content.selected,
        order: index,
      }),
      ideaId(context, content.key),
    );
  });
}

/** Each voter's dots by idea; every voter uses exactly the workshop's five dots. */
const VOTES: readonly (readonly [PersonKey, Readonly<Record<string, number>>])[] = [
  ['alvaro', { visitCadence: 2, crmTablets: 1, corridors: 2 }],
  ['jorge', { cierzoPartnership: 2, vortmannSponsor: 1, segmentation: 2 }],
  ['claire', { segmentation: 2, corridors: 1, tcoCalculator: 1, valueTraining: 1 }],
  ['stefan', { vortmannSponsor: 3, quote24h: 2 }],
  ['rocio', { bajioStock: 3, segmentation: 2 }],
  ['inaki', { coDesignDays: 2, tcoCalculator: 2, labVisits: 1 }],
  ['nuria', { lossReasonMandatory: 2, quote24h: 2, crmTablets: 1 }],
  ['malgorzata', { corridors: 3, tcoCalculator: 1, stopCommodity: 1 }],
  ['rainer', { stopCommodity: 2, vortmannSponsor: 1, buyingTeamMaps: 2 }],
  ['marta', { lossReasonMandatory: 1, crmTablets: 2, forecastPlanning: 2 }],
];

export const DOTS_PER_PARTICIPANT = 5;

export function buildVotes(context: ExampleContext): Vote[] {
  return VOTES.flatMap(([voter, dotsByIdea]) =>
    Object.entries(dotsByIdea).map(([ideaKey, dots]) =>
      withId(
        createVote(context.workshopId, {
          participantId: participantId(context, voter),
          ideaId: ideaId(context, ideaKey),
          dots,
        }),
        context.id('votes', `${voter}/${ideaKey}`),
      ),
    ),
  );
}
