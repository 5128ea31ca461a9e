import { createCommunicationItem, type CommunicationItem } from '../../../shared/domain';
import { withId, type ExampleContext, type Localized } from '../exampleContext';
import { personName, type PersonKey } from './people';

/** Phase 6: who hears what about the new strategy, when and from whom. The first four are done. */

interface CommunicationContent {
  key: string;
  audience: Localized;
  message: Localized;
  channel: Localized;
  date: string;
  owner: PersonKey;
  done: boolean;
}

const COMMUNICATION_PLAN: readonly CommunicationContent[] = [
  {
    key: 'boardRoadmap',
    audience: { en: 'Board of directors', es: 'Consejo de administración' },
    message: {
      en: 'Why sales fell, the five reformulated objectives and the 2027 roadmap with its budget of €890,000.',
      es: 'Por qué cayeron las ventas, los cinco objetivos reformulados y la hoja de ruta de 2027 con su presupuesto de 890.000 €.',
    },
    channel: { en: 'Board meeting', es: 'Reunión del consejo' },
    date: '2026-10-27',
    owner: 'begona',
    done: true,
  },
  {
    key: 'salesKickoff',
    audience: { en: 'Whole sales force', es: 'Toda la fuerza de ventas' },
    message: {
      en: 'What changes from November: loss reasons, planned visits and the CRM on tablets, and why it matters.',
      es: 'Qué cambia a partir de noviembre: motivos de pérdida, visitas planificadas y el CRM en tabletas, y por qué importa.',
    },
    channel: { en: 'Kick-off in Burgos with a video link', es: 'Reunión de lanzamiento en Burgos con conexión por vídeo' },
    date: '2026-11-03',
    owner: 'alvaro',
    done: true,
  },
  {
    key: 'implementationRhythm',
    audience: { en: 'Implementation group', es: 'Grupo de implantación' },
    message: {
      en: 'Weekly status per initiative: traffic light, % done, deviations and corrective actions.',
      es: 'Estado semanal por iniciativa: semáforo, % de avance, desviaciones y acciones correctoras.',
    },
    channel: { en: 'Friday meeting, 11:00', es: 'Reunión de los viernes, 11:00' },
    date: '2026-11-06',
    owner: 'tomas',
    done: true,
  },
  {
    key: 'allStaff',
    audience: { en: 'All employees', es: 'Toda la plantilla' },
    message: {
      en: 'A one-page summary of the new sales strategy and what it asks of production and logistics.',
      es: 'Un resumen de una página de la nueva estrategia comercial y de lo que pide a producción y logística.',
    },
    channel: { en: 'Town hall and intranet', es: 'Reunión general e intranet' },
    date: '2026-11-17',
    owner: 'begona',
    done: true,
  },
  {
    key: 'worksCouncil',
    audience: { en: 'Works council', es: 'Comité de empresa' },
    message: {
      en: 'How visit planning in the CRM works and the written promise that it is not used to judge individuals.',
      es: 'Cómo funciona la planificación de visitas en el CRM y el compromiso por escrito de que no se usa para evaluar a nadie.',
    },
    channel: { en: 'Meeting with the council', es: 'Reunión con el comité' },
    date: '2026-11-24',
    owner: 'marta',
    done: false,
  },
  {
    key: 'keyAccounts',
    audience: { en: 'Top 10 customers', es: 'Los 10 clientes principales' },
    message: {
      en: 'Our account plan for them in 2027 and who their contact on our management team is.',
      es: 'Nuestro plan de cuenta para ellos en 2027 y quién es su interlocutor en nuestra dirección.',
    },
    channel: { en: 'Personal meeting', es: 'Reunión personal' },
    date: '2027-01-20',
    owner: 'jorge',
    done: false,
  },
  {
    key: 'boardScorecard',
    audience: { en: 'Board of directors', es: 'Consejo de administración' },
    message: {
      en: 'First quarterly scorecard: traffic lights and trends of the six KPIs.',
      es: 'Primer cuadro de mando trimestral: semáforos y tendencias de los seis indicadores.',
    },
    channel: { en: 'Board meeting', es: 'Reunión del consejo' },
    date: '2027-01-26',
    owner: 'begona',
    done: false,
  },
  {
    key: 'distributors',
    audience: { en: 'Aftermarket distributors, Łódź included', es: 'Distribuidores de recambio, incluido el de Łódź' },
    message: {
      en: 'The new price corridors and the monthly sell-out report we ask of them.',
      es: 'Las nuevas bandas de precio y el informe mensual de ventas que les pedimos.',
    },
    channel: { en: 'Letter and webinar', es: 'Carta y seminario web' },
    date: '2027-02-15',
    owner: 'alvaro',
    done: false,
  },
];

export function buildCommunicationItems(context: ExampleContext): CommunicationItem[] {
  return COMMUNICATION_PLAN.map((item, index) =>
    withId(
      createCommunicationItem(context.workshopId, {
        audience: context.text(item.audience),
        message: context.text(item.message),
        channel: context.text(item.channel),
        date: item.date,
        owner: personName(item.owner),
        done: item.done,
        order: index,
      }),
      context.id('communicationItems', item.key),
    ),
  );
}
