import { createWorkshop, type Workshop } from '../../../shared/domain';
import type { PhaseId } from '../../../shared/method/phases';
import type { ExampleContext, Localized } from '../exampleContext';
import { DOTS_PER_PARTICIPANT } from './ideas';
import { CLIENT_COMPANY, personName } from './people';

/**
 * The example workshop itself. Its "today" is late November 2026: the three workshop days are behind,
 * the first quick wins started in late October and the roadmap runs through 2027.
 */

/** When the facilitator created the workshop in the app, ahead of the first day. */
export const EXAMPLE_CREATED_AT = new Date('2026-09-01T08:30:00.000Z');
/** The last edit, after the implementation meeting of Friday 20 November. */
export const EXAMPLE_UPDATED_AT = new Date('2026-11-20T16:45:00.000Z');

const TITLE: Localized = { en: 'Sales strategy reset 2027', es: 'Relanzamiento de la estrategia comercial 2027' };

const NOTES: Localized = {
  en: 'Fictional example. Arlanza (Burgos, 310 employees) makes bearings, seals and hydraulic fittings for equipment makers (OEMs) in Spain, Portugal, France, Germany and Mexico. Sales fell 6 % in 2025 to €48.0 M after two large OEM tenders went to Zhenwei Precision on price, and the margin is squeezed. The board wants a results-first sales plan for 2027.',
  es: 'Ejemplo ficticio. Arlanza (Burgos, 310 empleados) fabrica rodamientos, retenes y racores hidráulicos para fabricantes de equipos (OEM) de España, Portugal, Francia, Alemania y México. Las ventas cayeron un 6 % en 2025, hasta 48,0 M€, después de perder por precio dos grandes licitaciones OEM frente a Zhenwei Precision, y el margen se estrecha. El consejo quiere un plan comercial para 2027 orientado a resultados.',
};

/** The facilitator has closed the phases up to the diagnosis; the later ones are still being worked on. */
const COMPLETED_PHASES: PhaseId[] = ['preparation', 'situation', 'objectives', 'diagnosis'];

export function buildWorkshop(context: ExampleContext): Workshop {
  const workshop = createWorkshop(
    {
      title: context.text(TITLE),
      clientCompany: CLIENT_COMPANY,
      facilitator: personName('lucia'),
      date: '2026-09-22',
      language: context.language,
      currency: 'EUR',
      archived: false,
      completedPhases: COMPLETED_PHASES,
      notes: context.text(NOTES),
      dotsPerParticipant: DOTS_PER_PARTICIPANT,
      votesRevealed: true,
      paperSize: 'a4',
      updatedAt: EXAMPLE_UPDATED_AT.toISOString(),
    },
    EXAMPLE_CREATED_AT,
  );
  return { ...workshop, id: context.workshopId };
}
