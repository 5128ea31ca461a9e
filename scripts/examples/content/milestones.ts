import { createMilestone, type Milestone } from '../../../shared/domain';
import { withId, type ExampleContext, type Localized } from '../exampleContext';
import { initiativeId } from './initiatives';

/**
 * Phase 6 milestones, each reached when something observable happens. Three were reached in
 * November 2026; the mandatory loss-reason field (due 13 November) is overdue, as the weekly
 * meetings of phase 7 explain.
 */

interface MilestoneContent {
  key: string;
  initiative: string;
  date: string;
  done: boolean;
  title: Localized;
  measurableEvent: Localized;
}

function milestone(
  key: string,
  initiative: string,
  date: string,
  done: boolean,
  title: Localized,
  measurableEvent: Localized,
): MilestoneContent {
  return { key, initiative, date, done, title, measurableEvent };
}

const MILESTONES: readonly MilestoneContent[] = [
  milestone('priceDataExtracted', 'priceCorridors', '2026-11-13', true,
    { en: 'ERP price data extracted', es: 'Datos de precios extraídos del ERP' },
    { en: 'Net prices of 2025–2026 for all 4,200 active items exported and checked.', es: 'Precios netos de 2025–2026 de los 4.200 artículos activos exportados y revisados.' }),
  milestone('corridorsApproved', 'priceCorridors', '2027-02-26', false,
    { en: 'Price corridors approved', es: 'Bandas de precio aprobadas' },
    { en: 'The steering committee signs the corridors for all five product families.', es: 'El comité de dirección firma las bandas de las cinco familias de producto.' }),
  milestone('discountRulesLive', 'priceCorridors', '2027-03-31', false,
    { en: 'Discount rules live in the CRM', es: 'Reglas de descuento activas en el CRM' },
    { en: 'A discount above the role limit cannot be sent without approval.', es: 'Un descuento por encima del límite de la función no puede enviarse sin aprobación.' }),
  milestone('tcoPrototype', 'valueOffer', '2027-04-16', false,
    { en: 'Calculator tested with three customers', es: 'Calculadora probada con tres clientes' },
    { en: 'Three OEM buyers have used the calculator on their own figures.', es: 'Tres compradores OEM han usado la calculadora con sus propias cifras.' }),
  milestone('valueOfferInUse', 'valueOffer', '2027-06-30', false,
    { en: 'Value offer in 10 quotes', es: 'Oferta de valor en 10 ofertas' },
    { en: 'Ten quotes for standard bearings sent with the value offer.', es: 'Diez ofertas de rodamientos estándar enviadas con la oferta de valor.' }),
  milestone('pricingModuleIberia', 'quote24h', '2027-05-28', false,
    { en: 'Pricing on the tablet for Iberia', es: 'Precios en la tableta para Iberia' },
    { en: 'Iberian salespeople price standard items on the tablet without calling the office.', es: 'Los comerciales de Iberia calculan el precio de artículos estándar en la tableta sin llamar a la oficina.' }),
  milestone('quotesIn24h', 'quote24h', '2027-09-30', false,
    { en: '80 % of standard quotes within 24 hours', es: '80 % de las ofertas estándar en 24 horas' },
    { en: 'For a full month, 80 % of standard quotes leave within 24 hours.', es: 'Durante un mes completo, el 80 % de las ofertas estándar sale en menos de 24 horas.' }),
  milestone('duplicatesAgreed', 'crmRollout', '2026-11-06', true,
    { en: 'Duplicate list agreed', es: 'Lista de duplicados acordada' },
    { en: '1,900 duplicate accounts reviewed and merge rules agreed with sales.', es: '1.900 cuentas duplicadas revisadas y reglas de fusión acordadas con ventas.' }),
  milestone('top200Complete', 'crmRollout', '2027-01-29', false,
    { en: 'Top 200 accounts complete', es: 'Las 200 cuentas principales completas' },
    { en: 'Each of the top 200 accounts has a buying team, a segment and an owner in the CRM.', es: 'Cada una de las 200 cuentas principales tiene equipo de compra, segmento y responsable en el CRM.' }),
  milestone('tabletsHandedOut', 'crmRollout', '2027-03-12', false,
    { en: 'Tablets for all 38 salespeople', es: 'Tabletas para los 38 comerciales' },
    { en: 'Every salesperson has logged in to the CRM app on their own tablet.', es: 'Cada comercial ha entrado en la aplicación del CRM desde su propia tableta.' }),
  milestone('crmWeeklyUse', 'crmRollout', '2027-04-30', false,
    { en: 'CRM used weekly by 90 % of sales', es: 'El 90 % de ventas usa el CRM cada semana' },
    { en: 'For four weeks in a row, 90 % of the sales force records activity in the CRM.', es: 'Durante cuatro semanas seguidas, el 90 % de la fuerza de ventas registra actividad en el CRM.' }),
  milestone('lossReasonMandatory', 'lossReasons', '2026-11-13', false,
    { en: 'Loss reason mandatory in the CRM', es: 'Motivo de pérdida obligatorio en el CRM' },
    { en: 'A quote can no longer be closed as lost without a reason and a competitor.', es: 'Ya no se puede cerrar una oferta como perdida sin motivo y sin competidor.' }),
  milestone('firstLossReview', 'lossReasons', '2027-01-15', false,
    { en: 'First monthly loss review', es: 'Primera revisión mensual de pérdidas' },
    { en: 'The sales meeting reviews all quotes lost in December, with reasons.', es: 'La reunión comercial revisa todas las ofertas perdidas en diciembre, con sus motivos.' }),
  milestone('dashboardShown', 'salesDashboard', '2027-03-05', false,
    { en: 'Dashboard shown at the sales meeting', es: 'Cuadro de mando presentado en la reunión comercial' },
    { en: 'The map of won and lost deals is projected at the March sales meeting.', es: 'El mapa de operaciones ganadas y perdidas se proyecta en la reunión comercial de marzo.' }),
  milestone('dashboardForAll', 'salesDashboard', '2027-05-28', false,
    { en: 'Dashboard live for all managers', es: 'Cuadro de mando disponible para todos los responsables' },
    { en: 'All area managers open the dashboard on their own at least once a week.', es: 'Todos los responsables de zona abren el cuadro de mando por su cuenta al menos una vez por semana.' }),
  milestone('vortmannSponsorMeeting', 'vortmannWinBack', '2027-01-29', false,
    { en: "Meeting with Vortmann's COO", es: 'Reunión con el director de operaciones de Vortmann' },
    { en: 'Begoña Ibáñez and Dr. Henrik Lindqvist have met in person.', es: 'Begoña Ibáñez y el Dr. Henrik Lindqvist se han reunido en persona.' }),
  milestone('vortmannSamplesApproved', 'vortmannWinBack', '2027-05-14', false,
    { en: 'Samples approved by Vortmann', es: 'Muestras aprobadas por Vortmann' },
    { en: "Vortmann's drivetrain engineering signs off our sample bearings.", es: 'La ingeniería de transmisiones de Vortmann aprueba nuestros rodamientos de muestra.' }),
  milestone('vortmannTenderInvite', 'vortmannWinBack', '2027-09-30', false,
    { en: 'Invited to the 2027 tender', es: 'Invitados a la licitación de 2027' },
    { en: 'Vortmann sends us the 2027 drivetrain tender documents.', es: 'Vortmann nos envía los pliegos de la licitación de transmisiones de 2027.' }),
  milestone('cierzoSigned', 'cierzoAgreement', '2027-07-30', false,
    { en: 'Framework agreement signed with Cierzo', es: 'Acuerdo marco firmado con Cierzo' },
    { en: 'Both managing directors sign the three-year agreement.', es: 'Ambos directores generales firman el acuerdo a tres años.' }),
  milestone('q1VisitPlan', 'visitCadence', '2026-11-20', true,
    { en: 'Q1 visit plan approved', es: 'Plan de visitas del primer trimestre aprobado' },
    { en: 'Every top-30 account has at least one visit booked for the first quarter of 2027.', es: 'Cada una de las 30 cuentas principales tiene al menos una visita reservada para el primer trimestre de 2027.' }),
  milestone('q1VisitsMade', 'visitCadence', '2027-04-09', false,
    { en: '90 % of Q1 visits made', es: '90 % de las visitas del primer trimestre realizadas' },
    { en: 'The CRM shows 90 % of the planned first-quarter visits as held.', es: 'El CRM muestra como realizadas el 90 % de las visitas planificadas del primer trimestre.' }),
  milestone('targetsChosen', 'targetList', '2027-03-31', false,
    { en: '40 target OEMs chosen', es: '40 OEM objetivo elegidos' },
    { en: 'The steering committee approves a list of 40 named target accounts with an owner each.', es: 'El comité de dirección aprueba una lista de 40 cuentas objetivo con nombre y responsable.' }),
  milestone('firstCoDesignDays', 'coDesignDays', '2027-06-30', false,
    { en: 'First five co-design days held', es: 'Primeras cinco jornadas de codiseño celebradas' },
    { en: 'Five target OEMs have spent a day with our engineers on a real problem.', es: 'Cinco OEM objetivo han pasado un día con nuestros ingenieros trabajando en un problema real.' }),
  milestone('firstNewOemOrder', 'coDesignDays', '2027-10-29', false,
    { en: 'First order from a new OEM', es: 'Primer pedido de un OEM nuevo' },
    { en: 'A target OEM places its first series order.', es: 'Un OEM objetivo hace su primer pedido de serie.' }),
  milestone('bajioTrialOrder', 'mexicoBajio', '2027-09-30', false,
    { en: 'First trial order in the Bajío', es: 'Primer pedido de prueba en el Bajío' },
    { en: 'A Bajío farm-machinery maker places a trial order.', es: 'Un fabricante de maquinaria agrícola del Bajío hace un pedido de prueba.' }),
];

export function milestoneId(context: ExampleContext, key: string): string {
  return context.id('milestones', key);
}

export function buildMilestones(context: ExampleContext): Milestone[] {
  return MILESTONES.map((content) =>
    withId(
      createMilestone(context.workshopId, {
        initiativeId: initiativeId(context, content.initiative),
        title: context.text(content.title),
        date: content.date,
        measurableEvent: context.text(content.measurableEvent),
        done: content.done,
      }),
      milestoneId(context, content.key),
    ),
  );
}
