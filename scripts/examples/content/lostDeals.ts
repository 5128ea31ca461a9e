import { createLostDeal, type LostDeal } from '../../../shared/domain';
import { euros, withId, type ExampleContext, type Localized } from '../exampleContext';

/**
 * Phase 3: the lost-deal log since January 2025, rebuilt in the workshop. The pattern the charts
 * should show: price against Zhenwei dominates, Germany carries half the lost value, fittings lose on
 * delivery time and Mexican customers ask for local content.
 */

const MARKETS = {
  spain: { en: 'Spain', es: 'España' },
  portugal: { en: 'Portugal', es: 'Portugal' },
  france: { en: 'France', es: 'Francia' },
  germany: { en: 'Germany', es: 'Alemania' },
  mexico: { en: 'Mexico', es: 'México' },
  poland: { en: 'Poland', es: 'Polonia' },
} as const satisfies Record<string, Localized>;

const PRODUCTS = {
  ballBearings: { en: 'Deep-groove ball bearings', es: 'Rodamientos rígidos de bolas' },
  taperedBearings: { en: 'Tapered roller bearings', es: 'Rodamientos de rodillos cónicos' },
  customSeals: { en: 'Custom rotary seals', es: 'Retenes rotativos a medida' },
  standardSeals: { en: 'O-rings and standard seals', es: 'Juntas tóricas y juntas estándar' },
  fittings: { en: 'Hydraulic fittings', es: 'Racores hidráulicos' },
} as const satisfies Record<string, Localized>;

// Short, repeated wording, as a loss-reason field in a CRM holds it: the breakdown groups by the text.
const REASONS = {
  price: { en: 'Price', es: 'Precio' },
  tenderOnPrice: { en: 'Tender decided on price', es: 'Licitación decidida por precio' },
  volumeRebate: { en: 'Volume rebate', es: 'Rappel por volumen' },
  coDesign: { en: 'Rival co-designed the part', es: 'El rival codiseñó la pieza' },
  delivery: { en: 'Delivery time', es: 'Plazo de entrega' },
  lateQuote: { en: 'Our quote came too late', es: 'Nuestra oferta llegó tarde' },
  localContent: { en: 'Local content required', es: 'Exigen contenido local' },
  contactLeft: { en: 'Our contact left', es: 'Se fue nuestro contacto' },
} as const satisfies Record<string, Localized>;

type Market = keyof typeof MARKETS;
type Product = keyof typeof PRODUCTS;
type Reason = keyof typeof REASONS;

const ZHENWEI = 'Zhenwei Precision';
const HALLBERG = 'Hallberg Dichtungstechnik';
const FLUIDEX = 'Fluidex Ibérica';
const BAJIO = 'Metalúrgica del Bajío';

/** customer, market, product, competitor, reason, value in euros, date */
type DealRow = readonly [string, Market, Product, string, Reason, number, string];

const DEALS: readonly DealRow[] = [
  ['Agrícola Tierra de Campos S.A.', 'spain', 'ballBearings', ZHENWEI, 'price', 145_000, '2025-03-12'],
  ['Hydrauliques Rhône-Alpes SAS', 'france', 'fittings', FLUIDEX, 'delivery', 92_000, '2025-04-08'],
  ['Bremer Fördertechnik GmbH', 'germany', 'customSeals', HALLBERG, 'coDesign', 310_000, '2025-05-21'],
  ['Maquinaria Oroz S.L.', 'spain', 'taperedBearings', ZHENWEI, 'price', 230_000, '2025-06-03'],
  ['Tractores del Norte S.A. de C.V.', 'mexico', 'taperedBearings', BAJIO, 'localContent', 420_000, '2025-06-30'],
  ['Nortrak Engins SAS', 'france', 'ballBearings', ZHENWEI, 'volumeRebate', 185_000, '2025-07-15'],
  ['Kessler Baumaschinen AG', 'germany', 'ballBearings', ZHENWEI, 'price', 260_000, '2025-09-02'],
  ['Metalomecânica do Ave, Lda.', 'portugal', 'fittings', FLUIDEX, 'delivery', 68_000, '2025-09-25'],
  ['Napęd-Serwis Sp. z o.o. (Łódź)', 'poland', 'standardSeals', ZHENWEI, 'price', 54_000, '2025-10-09'],
  ['Vortmann Landtechnik GmbH', 'germany', 'taperedBearings', ZHENWEI, 'tenderOnPrice', 2_100_000, '2025-11-14'],
  ['Heider Landmaschinen GmbH', 'germany', 'customSeals', HALLBERG, 'coDesign', 175_000, '2025-12-03'],
  ['Grúas Montalbán S.A.', 'spain', 'fittings', FLUIDEX, 'lateQuote', 115_000, '2026-01-13'],
  ['Equipos Agrícolas Jalisco S.A. de C.V.', 'mexico', 'customSeals', BAJIO, 'localContent', 160_000, '2026-01-28'],
  ['Ateliers Vendôme Hydraulique SARL', 'france', 'fittings', ZHENWEI, 'price', 74_000, '2026-02-11'],
  ['Carrocerías Almena S.L.', 'spain', 'ballBearings', ZHENWEI, 'tenderOnPrice', 800_000, '2026-02-20'],
  ['Rheinauer Pumpenwerk GmbH', 'germany', 'standardSeals', ZHENWEI, 'price', 96_000, '2026-03-04'],
  ['Autobuses Sierra Norte S.A.', 'spain', 'ballBearings', ZHENWEI, 'volumeRebate', 210_000, '2026-03-19'],
  ['Forjas Vizcaínas S.A.', 'spain', 'taperedBearings', ZHENWEI, 'price', 135_000, '2026-04-07'],
  ['Camiones del Bajío S.A. de C.V.', 'mexico', 'ballBearings', ZHENWEI, 'price', 240_000, '2026-04-22'],
  ['Moulins Lefèvre Agri SAS', 'france', 'customSeals', HALLBERG, 'contactLeft', 88_000, '2026-05-06'],
  ['Tecnohidráulica Lusitana, Lda.', 'portugal', 'fittings', FLUIDEX, 'delivery', 57_000, '2026-05-27'],
  ['Westfalen Agrartechnik GmbH', 'germany', 'taperedBearings', ZHENWEI, 'tenderOnPrice', 390_000, '2026-06-10'],
  ['Excavadoras Ebro S.L.', 'spain', 'standardSeals', ZHENWEI, 'lateQuote', 64_000, '2026-07-01'],
  ['Segadoras Castilla S.A.', 'spain', 'ballBearings', ZHENWEI, 'price', 118_000, '2026-07-16'],
  ['Strojnik Maschinenbau GmbH', 'germany', 'ballBearings', ZHENWEI, 'price', 142_000, '2026-08-05'],
];

export function buildLostDeals(context: ExampleContext): LostDeal[] {
  return DEALS.map(([customer, market, product, competitor, reason, value, date], index) =>
    withId(
      createLostDeal(context.workshopId, {
        customer,
        market: context.text(MARKETS[market]),
        product: context.text(PRODUCTS[product]),
        competitor,
        reason: context.text(REASONS[reason]),
        value: euros(value),
        date,
      }),
      context.id('lostDeals', `deal-${index + 1}`),
    ),
  );
}
