import {
  createKpi,
  createMeasurement,
  type Kpi,
  type KpiDirection,
  type Measurement,
} from '../../../shared/domain';
import { withId, type ExampleContext, type Localized } from '../exampleContext';
import { finalObjectiveId } from './finalObjectives';
import { initiativeId } from './initiatives';
import { milestoneId } from './milestones';

/**
 * Phase 8: the scorecard. Monthly values from June 2026 (before the workshop) to November 2026 (the
 * first weeks of implementation). Margin, win rate, loss reasons and visits improve; sales are flat;
 * quote turnaround gets worse while inside sales is busy with the CRM clean-up.
 */

const FIRST_MONTHS = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'] as const;

interface KpiContent {
  key: string;
  name: Localized;
  unit: Localized;
  direction: KpiDirection;
  target: number;
  amberThreshold: number;
  redThreshold: number;
  objective: string;
  initiatives: readonly string[];
  milestones: readonly string[];
  /** One value per month of FIRST_MONTHS. */
  values: readonly [number, number, number, number, number, number];
  notes?: Readonly<Partial<Record<(typeof FIRST_MONTHS)[number], Localized>>>;
}

const PERCENT: Localized = { en: '%', es: '%' };

const KPIS: readonly KpiContent[] = [
  {
    key: 'netSales',
    name: { en: 'Net sales, rolling 12 months', es: 'Facturación neta, 12 meses móviles' },
    unit: { en: '€ M', es: 'M€' },
    direction: 'higher_is_better',
    target: 51.5,
    amberThreshold: 48.5,
    redThreshold: 47,
    objective: 'sales',
    initiatives: ['vortmannWinBack', 'cierzoAgreement'],
    milestones: ['vortmannTenderInvite', 'cierzoSigned'],
    values: [47.6, 47.4, 47.3, 47.2, 47.2, 47.3],
    notes: {
      '2026-11': {
        en: 'The fall has stopped; no new volume yet.',
        es: 'La caída se ha detenido; todavía no hay volumen nuevo.',
      },
    },
  },
  {
    key: 'grossMargin',
    name: { en: 'Gross margin', es: 'Margen bruto' },
    unit: PERCENT,
    direction: 'higher_is_better',
    target: 33,
    amberThreshold: 31.5,
    redThreshold: 30,
    objective: 'margin',
    initiatives: ['priceCorridors', 'valueOffer'],
    milestones: ['corridorsApproved'],
    values: [30.9, 30.6, 30.8, 31, 31.3, 31.6],
    notes: {
      '2026-10': {
        en: 'Express freight stopped for orders under €5,000.',
        es: 'Se deja de usar transporte urgente en pedidos de menos de 5.000 €.',
      },
    },
  },
  {
    key: 'winRate',
    name: { en: 'Tender win rate, rolling 6 months', es: 'Tasa de éxito en licitaciones, 6 meses móviles' },
    unit: PERCENT,
    direction: 'higher_is_better',
    target: 30,
    amberThreshold: 25,
    redThreshold: 20,
    objective: 'winRate',
    initiatives: ['lossReasons', 'quote24h'],
    milestones: ['firstLossReview'],
    values: [21, 20, 19, 22, 23, 24],
  },
  {
    key: 'lossReasonShare',
    name: { en: 'Lost quotes with a recorded reason', es: 'Ofertas perdidas con motivo registrado' },
    unit: PERCENT,
    direction: 'higher_is_better',
    target: 95,
    amberThreshold: 80,
    redThreshold: 60,
    objective: 'winRate',
    initiatives: ['lossReasons'],
    milestones: ['lossReasonMandatory'],
    values: [38, 40, 41, 52, 64, 71],
    notes: {
      '2026-11': {
        en: 'The field becomes mandatory on 27 November; until then Nuria follows up lost quotes by phone.',
        es: 'El campo será obligatorio el 27 de noviembre; hasta entonces Nuria hace seguimiento telefónico de las ofertas perdidas.',
      },
    },
  },
  {
    key: 'visitsMade',
    name: { en: 'Planned key-account visits made', es: 'Visitas planificadas a cuentas clave realizadas' },
    unit: PERCENT,
    direction: 'higher_is_better',
    target: 90,
    amberThreshold: 75,
    redThreshold: 60,
    objective: 'visits',
    initiatives: ['visitCadence'],
    milestones: ['q1VisitPlan', 'q1VisitsMade'],
    values: [58, 55, 52, 61, 66, 72],
    notes: {
      '2026-08': { en: 'Summer holidays.', es: 'Vacaciones de verano.' },
    },
  },
  {
    key: 'quoteTurnaround',
    name: { en: 'Average quote turnaround', es: 'Plazo medio de respuesta a ofertas' },
    unit: { en: 'days', es: 'días' },
    direction: 'lower_is_better',
    target: 1,
    amberThreshold: 2.5,
    redThreshold: 4,
    objective: 'winRate',
    initiatives: ['quote24h', 'crmRollout'],
    milestones: ['pricingModuleIberia', 'quotesIn24h'],
    values: [3.8, 4, 4.1, 4.3, 4.4, 4.6],
    notes: {
      '2026-11': {
        en: 'Inside sales is tied up by the CRM clean-up.',
        es: 'Ventas internas está ocupada con la limpieza del CRM.',
      },
    },
  },
];

export function buildKpis(context: ExampleContext): Kpi[] {
  return KPIS.map((kpi, index) =>
    withId(
      createKpi(context.workshopId, {
        name: context.text(kpi.name),
        unit: context.text(kpi.unit),
        direction: kpi.direction,
        target: kpi.target,
        amberThreshold: kpi.amberThreshold,
        redThreshold: kpi.redThreshold,
        frequency: 'monthly',
        finalObjectiveId: finalObjectiveId(context, kpi.objective),
        initiativeIds: kpi.initiatives.map((key) => initiativeId(context, key)),
        milestoneIds: kpi.milestones.map((key) => milestoneId(context, key)),
        order: index,
      }),
      context.id('kpis', kpi.key),
    ),
  );
}

export function buildMeasurements(context: ExampleContext): Measurement[] {
  return KPIS.flatMap((kpi) =>
    FIRST_MONTHS.map((period, monthIndex) => {
      const note = kpi.notes?.[period];
      return withId(
        createMeasurement(context.workshopId, {
          kpiId: context.id('kpis', kpi.key),
          period,
          value: kpi.values[monthIndex] ?? 0,
          note: note === undefined ? '' : context.text(note),
        }),
        context.id('measurements', `${kpi.key}/${period}`),
      );
    }),
  );
}
