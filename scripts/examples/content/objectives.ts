import {
  createBudgetLine,
  createCurrentObjective,
  createScenario,
  type BudgetCategory,
  type BudgetLine,
  type CurrentObjective,
  type Scenario,
} from '../../../shared/domain';
import { euros, withId, type ExampleContext, type Localized } from '../exampleContext';
import { personName, type PersonKey } from './people';

/**
 * Phase 2: the objectives and budget Arlanza set for 2026 before the workshop. The budget adds up to
 * €50.0 M of sales, €33.0 M cost of sales (a 34 % gross margin) and €15.62 M of expenses.
 */

interface ObjectiveContent {
  key: string;
  title: Localized;
  metric: Localized;
  unit: Localized;
  baseline: number;
  target: number;
  owner: PersonKey;
}

const FY_2026: Localized = { en: 'FY 2026', es: 'Ejercicio 2026' };
const PERCENT: Localized = { en: '%', es: '%' };

const CURRENT_OBJECTIVES: readonly ObjectiveContent[] = [
  {
    key: 'sales',
    title: { en: 'Grow net sales to €50 M', es: 'Aumentar la facturación neta a 50 M€' },
    metric: { en: 'Net sales', es: 'Facturación neta' },
    unit: { en: '€ M', es: 'M€' },
    baseline: 48,
    target: 50,
    owner: 'alvaro',
  },
  {
    key: 'margin',
    title: { en: 'Reach a 34 % gross margin', es: 'Alcanzar un margen bruto del 34 %' },
    metric: { en: 'Gross margin on net sales', es: 'Margen bruto sobre facturación neta' },
    unit: PERCENT,
    baseline: 31.5,
    target: 34,
    owner: 'marta',
  },
  {
    key: 'newCustomers',
    title: { en: 'Win eight new OEM customers', es: 'Conseguir ocho clientes OEM nuevos' },
    metric: { en: 'New OEM customers with a first order', es: 'Clientes OEM nuevos con un primer pedido' },
    unit: { en: 'customers', es: 'clientes' },
    baseline: 0,
    target: 8,
    owner: 'alvaro',
  },
  {
    key: 'winRate',
    title: { en: 'Win 35 % of the tenders we bid for', es: 'Ganar el 35 % de las licitaciones a las que nos presentamos' },
    metric: { en: 'Tender win rate by number', es: 'Tasa de éxito en licitaciones (en número)' },
    unit: PERCENT,
    baseline: 22,
    target: 35,
    owner: 'stefan',
  },
  {
    key: 'export',
    title: { en: 'Sell 52 % outside Spain', es: 'Vender el 52 % fuera de España' },
    metric: { en: 'Share of net sales outside Spain', es: 'Peso de la facturación fuera de España' },
    unit: PERCENT,
    baseline: 46,
    target: 52,
    owner: 'begona',
  },
];

export function buildCurrentObjectives(context: ExampleContext): CurrentObjective[] {
  return CURRENT_OBJECTIVES.map((objective, index) =>
    withId(
      createCurrentObjective(context.workshopId, {
        title: context.text(objective.title),
        metric: context.text(objective.metric),
        unit: context.text(objective.unit),
        baseline: objective.baseline,
        target: objective.target,
        period: context.text(FY_2026),
        owner: personName(objective.owner),
        order: index,
      }),
      context.id('currentObjectives', objective.key),
    ),
  );
}

interface BudgetContent {
  key: string;
  category: BudgetCategory;
  label: Localized;
  euros: number;
}

const BUDGET: readonly BudgetContent[] = [
  { key: 'salesIberia', category: 'sales', label: { en: 'Sales: OEM Spain and Portugal', es: 'Ventas: OEM España y Portugal' }, euros: 21_600_000 },
  { key: 'salesFrance', category: 'sales', label: { en: 'Sales: OEM France', es: 'Ventas: OEM Francia' }, euros: 7_400_000 },
  { key: 'salesGermany', category: 'sales', label: { en: 'Sales: OEM Germany', es: 'Ventas: OEM Alemania' }, euros: 9_800_000 },
  { key: 'salesMexico', category: 'sales', label: { en: 'Sales: OEM Mexico', es: 'Ventas: OEM México' }, euros: 6_900_000 },
  {
    key: 'salesAftermarket',
    category: 'sales',
    label: {
      en: 'Sales: aftermarket distributors (incl. Łódź, Poland)',
      es: 'Ventas: distribuidores de recambio (incl. Łódź, Polonia)',
    },
    euros: 4_300_000,
  },
  {
    key: 'materials',
    category: 'cost_of_sales',
    label: { en: 'Materials: steel, elastomers, brass', es: 'Materiales: acero, elastómeros, latón' },
    euros: 19_500_000,
  },
  {
    key: 'plant',
    category: 'cost_of_sales',
    label: { en: 'Direct labour and plant overheads', es: 'Mano de obra directa y gastos de planta' },
    euros: 13_500_000,
  },
  { key: 'salesStaff', category: 'expenses', label: { en: 'Sales staff salaries', es: 'Salarios del equipo comercial' }, euros: 5_200_000 },
  { key: 'travel', category: 'expenses', label: { en: 'Travel and customer visits', es: 'Viajes y visitas a clientes' }, euros: 950_000 },
  { key: 'fairs', category: 'expenses', label: { en: 'Trade fairs and marketing', es: 'Ferias y marketing' }, euros: 780_000 },
  { key: 'commissions', category: 'expenses', label: { en: 'Distributor commissions', es: 'Comisiones de distribuidores' }, euros: 1_150_000 },
  { key: 'it', category: 'expenses', label: { en: 'IT and CRM licences', es: 'Informática y licencias del CRM' }, euros: 240_000 },
  { key: 'freight', category: 'expenses', label: { en: 'Outbound freight', es: 'Transporte de salida' }, euros: 1_900_000 },
  { key: 'admin', category: 'expenses', label: { en: 'Administration and general', es: 'Administración y gastos generales' }, euros: 4_800_000 },
  { key: 'warranty', category: 'expenses', label: { en: 'Warranty and returns', es: 'Garantías y devoluciones' }, euros: 600_000 },
];

export function buildBudgetLines(context: ExampleContext): BudgetLine[] {
  return BUDGET.map((line, index) =>
    withId(
      createBudgetLine(context.workshopId, {
        category: line.category,
        label: context.text(line.label),
        amount: euros(line.euros),
        order: index,
      }),
      context.id('budgetLines', line.key),
    ),
  );
}

interface ScenarioContent {
  key: string;
  name: Localized;
  salesDeviationPct: number;
  expenseDeviationPct: number;
  note: Localized;
}

const SCENARIOS: readonly ScenarioContent[] = [
  {
    key: 'pessimistic',
    name: { en: 'Pessimistic: the 2025 trend goes on', es: 'Pesimista: sigue la tendencia de 2025' },
    salesDeviationPct: -6,
    expenseDeviationPct: 3,
    note: {
      en: 'Sales fall as they did in 2025 while freight and travel keep rising: the year would end with a loss.',
      es: 'Las ventas caen como en 2025 mientras el transporte y los viajes siguen subiendo: el año acabaría en pérdidas.',
    },
  },
  {
    key: 'base',
    name: { en: 'Base: sales 2 % short', es: 'Base: ventas un 2 % por debajo' },
    salesDeviationPct: -2,
    expenseDeviationPct: 0,
    note: {
      en: 'Where the September forecast points: profit shrinks but stays positive.',
      es: 'Lo que indica la previsión de septiembre: el beneficio se reduce, pero sigue siendo positivo.',
    },
  },
  {
    key: 'optimistic',
    name: { en: 'Optimistic: Cierzo volume secured', es: 'Optimista: volumen de Cierzo asegurado' },
    salesDeviationPct: 3,
    expenseDeviationPct: -2,
    note: {
      en: 'Industrias Cierzo confirms its volume early and planned visits cut travel costs.',
      es: 'Industrias Cierzo confirma pronto su volumen y la planificación de visitas reduce los gastos de viaje.',
    },
  },
];

export function buildScenarios(context: ExampleContext): Scenario[] {
  return SCENARIOS.map((scenario, index) =>
    withId(
      createScenario(context.workshopId, {
        name: context.text(scenario.name),
        salesDeviationPct: scenario.salesDeviationPct,
        expenseDeviationPct: scenario.expenseDeviationPct,
        note: context.text(scenario.note),
        order: index,
      }),
      context.id('scenarios', scenario.key),
    ),
  );
}
