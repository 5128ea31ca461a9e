import {
  createMeeting,
  createStatusUpdate,
  type Meeting,
  type RagStatus,
  type StatusUpdate,
} from '../../../shared/domain';
import { withId, type ExampleContext, type Localized } from '../exampleContext';
import { initiativeId } from './initiatives';
import { participantId, type PersonKey } from './people';

/**
 * Phase 7: the first four weeks of implementation (late October to 20 November 2026). The weekly
 * status updates and the Friday meetings tell the same story: the CRM clean-up is bigger than
 * expected, an IT change freeze delayed the loss-reason field, and Vortmann's COO is out of reach.
 */

interface StatusContent {
  initiative: string;
  date: string;
  rag: RagStatus;
  percentDone: number;
  deviation?: Localized;
  correctiveAction?: Localized;
  nextStep: Localized;
}

const NONE: Localized = { en: '', es: '' };

const STATUS_UPDATES: readonly StatusContent[] = [
  {
    initiative: 'crmRollout',
    date: '2026-11-06',
    rag: 'green',
    percentDone: 10,
    nextStep: { en: 'Merge the first 500 duplicate accounts.', es: 'Fusionar las primeras 500 cuentas duplicadas.' },
  },
  {
    initiative: 'crmRollout',
    date: '2026-11-13',
    rag: 'amber',
    percentDone: 15,
    deviation: {
      en: '1,900 duplicate accounts instead of the 600 estimated; the clean-up falls two weeks behind.',
      es: '1.900 cuentas duplicadas en lugar de las 600 estimadas; la limpieza se retrasa dos semanas.',
    },
    correctiveAction: {
      en: 'Two temporary data clerks hired for three months.',
      es: 'Contratados dos administrativos temporales durante tres meses.',
    },
    nextStep: { en: 'Train the data clerks on the merge rules.', es: 'Formar a los administrativos en las reglas de fusión.' },
  },
  {
    initiative: 'crmRollout',
    date: '2026-11-20',
    rag: 'amber',
    percentDone: 22,
    deviation: {
      en: 'Still one week behind plan; inside sales is stretched and quotes are slower.',
      es: 'Todavía una semana de retraso; ventas internas va al límite y las ofertas tardan más.',
    },
    correctiveAction: {
      en: 'The clerks work on the clean-up only; inside sales keeps its quoting hours free.',
      es: 'Los administrativos se dedican solo a la limpieza; ventas internas reserva sus horas para las ofertas.',
    },
    nextStep: { en: 'Finish the duplicates of Iberia.', es: 'Terminar los duplicados de Iberia.' },
  },
  {
    initiative: 'lossReasons',
    date: '2026-11-06',
    rag: 'green',
    percentDone: 20,
    nextStep: { en: 'Configure the mandatory fields in the test system.', es: 'Configurar los campos obligatorios en el sistema de pruebas.' },
  },
  {
    initiative: 'lossReasons',
    date: '2026-11-13',
    rag: 'red',
    percentDone: 25,
    deviation: {
      en: 'The go-live of the mandatory field was blocked by the month-end IT change freeze; the milestone is missed.',
      es: 'El cierre de cambios informáticos de fin de mes bloqueó la puesta en marcha del campo obligatorio; el hito no se cumple.',
    },
    correctiveAction: {
      en: 'Escalated to the CEO; an exception to the freeze is granted and the go-live moves to 27 November.',
      es: 'Escalado a la consejera delegada; se concede una excepción al cierre y la puesta en marcha pasa al 27 de noviembre.',
    },
    nextStep: { en: 'Test the field with two salespeople.', es: 'Probar el campo con dos comerciales.' },
  },
  {
    initiative: 'lossReasons',
    date: '2026-11-20',
    rag: 'amber',
    percentDone: 40,
    deviation: {
      en: 'Go-live one week after the milestone date.',
      es: 'Puesta en marcha una semana después de la fecha del hito.',
    },
    correctiveAction: {
      en: 'Until then Nuria phones back every lost quote to ask for the reason.',
      es: 'Hasta entonces, Nuria llama por cada oferta perdida para preguntar el motivo.',
    },
    nextStep: { en: 'Go-live on 27 November.', es: 'Puesta en marcha el 27 de noviembre.' },
  },
  {
    initiative: 'priceCorridors',
    date: '2026-11-06',
    rag: 'green',
    percentDone: 10,
    nextStep: { en: 'Extract net prices from the ERP.', es: 'Extraer los precios netos del ERP.' },
  },
  {
    initiative: 'priceCorridors',
    date: '2026-11-13',
    rag: 'green',
    percentDone: 20,
    nextStep: { en: 'First corridor draft for ball bearings.', es: 'Primer borrador de banda para rodamientos de bolas.' },
  },
  {
    initiative: 'priceCorridors',
    date: '2026-11-20',
    rag: 'green',
    percentDone: 30,
    nextStep: { en: 'Review the ball-bearing corridor with the area managers.', es: 'Revisar la banda de rodamientos de bolas con los responsables de zona.' },
  },
  {
    initiative: 'vortmannWinBack',
    date: '2026-11-13',
    rag: 'green',
    percentDone: 5,
    nextStep: { en: 'Request a meeting with Dr. Lindqvist.', es: 'Pedir una reunión con el Dr. Lindqvist.' },
  },
  {
    initiative: 'vortmannWinBack',
    date: '2026-11-20',
    rag: 'amber',
    percentDone: 10,
    deviation: {
      en: 'No answer from Dr. Lindqvist; his assistant filters every request from suppliers.',
      es: 'Sin respuesta del Dr. Lindqvist; su asistente filtra todas las peticiones de proveedores.',
    },
    correctiveAction: {
      en: 'Rainer Köhler, who knows him, is asked for an introduction.',
      es: 'Se pide a Rainer Köhler, que lo conoce, que haga la presentación.',
    },
    nextStep: { en: 'Introduction through Rainer Köhler.', es: 'Presentación a través de Rainer Köhler.' },
  },
  {
    initiative: 'visitCadence',
    date: '2026-11-06',
    rag: 'green',
    percentDone: 5,
    nextStep: { en: 'Each manager proposes visit dates for their accounts.', es: 'Cada responsable propone fechas de visita para sus cuentas.' },
  },
  {
    initiative: 'visitCadence',
    date: '2026-11-20',
    rag: 'green',
    percentDone: 12,
    nextStep: { en: 'Book the January visits in the CRM.', es: 'Reservar en el CRM las visitas de enero.' },
  },
];

export function buildStatusUpdates(context: ExampleContext): StatusUpdate[] {
  return STATUS_UPDATES.map((update) =>
    withId(
      createStatusUpdate(context.workshopId, {
        initiativeId: initiativeId(context, update.initiative),
        date: update.date,
        rag: update.rag,
        percentDone: update.percentDone,
        deviation: context.text(update.deviation ?? NONE),
        correctiveAction: context.text(update.correctiveAction ?? NONE),
        nextStep: context.text(update.nextStep),
      }),
      context.id('statusUpdates', `${update.initiative}/${update.date}`),
    ),
  );
}

interface MeetingContent {
  date: string;
  attendees: readonly PersonKey[];
  notes: Localized;
  decisions: Localized;
}

const MEETINGS: readonly MeetingContent[] = [
  {
    date: '2026-10-30',
    attendees: ['alvaro', 'marta', 'jorge', 'stefan', 'inaki', 'nuria', 'daniel', 'tomas'],
    notes: {
      en: 'First meeting of the implementation group. Roles, the Friday rhythm and the status template were agreed.',
      es: 'Primera reunión del grupo de implantación. Se acordaron los papeles, el ritmo de los viernes y la plantilla de estado.',
    },
    decisions: {
      en: 'Friday 11:00–11:45, in Burgos and online. Each owner sends the status by 10:00. Tomás Vidal keeps the deviation log.',
      es: 'Los viernes de 11:00 a 11:45, en Burgos y en línea. Cada responsable envía su estado antes de las 10:00. Tomás Vidal lleva el registro de desviaciones.',
    },
  },
  {
    date: '2026-11-06',
    attendees: ['alvaro', 'marta', 'jorge', 'inaki', 'nuria', 'daniel', 'tomas'],
    notes: {
      en: 'CRM clean-up started and found far more duplicates than expected. Price data extraction on track.',
      es: 'Ha empezado la limpieza del CRM y hay muchos más duplicados de lo previsto. La extracción de precios va según lo previsto.',
    },
    decisions: {
      en: 'Nuria and Daniel propose extra staff for the clean-up by 13 November.',
      es: 'Nuria y Daniel proponen refuerzos para la limpieza antes del 13 de noviembre.',
    },
  },
  {
    date: '2026-11-13',
    attendees: ['alvaro', 'marta', 'jorge', 'stefan', 'inaki', 'nuria', 'daniel', 'tomas'],
    notes: {
      en: 'First red status: the loss-reason field missed its date because of the IT change freeze.',
      es: 'Primer estado en rojo: el campo de motivo de pérdida no llegó a su fecha por el cierre de cambios informáticos.',
    },
    decisions: {
      en: 'Begoña grants an exception to the freeze; new go-live 27 November. Two temporary data clerks are hired.',
      es: 'Begoña concede una excepción al cierre; nueva puesta en marcha el 27 de noviembre. Se contratan dos administrativos temporales.',
    },
  },
  {
    date: '2026-11-20',
    attendees: ['alvaro', 'marta', 'stefan', 'inaki', 'nuria', 'daniel', 'tomas'],
    notes: {
      en: 'Loss-reason field tested. No reply from Vortmann yet. The Q1 visit plan is approved. Quote turnaround rose to 4.6 days.',
      es: 'Campo de motivo de pérdida probado. Vortmann sigue sin responder. Aprobado el plan de visitas del primer trimestre. El plazo de las ofertas subió a 4,6 días.',
    },
    decisions: {
      en: 'Rainer Köhler is asked to introduce Stefan to Vortmann. Inside sales keeps its quoting hours free of clean-up work.',
      es: 'Se pide a Rainer Köhler que presente a Stefan en Vortmann. Ventas internas reserva sus horas de ofertas y no participa en la limpieza.',
    },
  },
];

export function buildMeetings(context: ExampleContext): Meeting[] {
  return MEETINGS.map((meeting) =>
    withId(
      createMeeting(context.workshopId, {
        date: meeting.date,
        attendeeIds: meeting.attendees.map((key) => participantId(context, key)),
        notes: context.text(meeting.notes),
        decisions: context.text(meeting.decisions),
      }),
      context.id('meetings', meeting.date),
    ),
  );
}
