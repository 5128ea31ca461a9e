import { createParticipant, type Participant, type ParticipantSide } from '../../../shared/domain';
import { withId, type ExampleContext, type Localized } from '../exampleContext';

/**
 * The people of the example: Arlanza's leadership and sales team, two outside experts and the two
 * consultants who run the workshop. Everyone else in the example refers to them by these keys.
 */

export const CLIENT_COMPANY = 'Arlanza Componentes Industriales, S.A.';
export const CONSULTANCY = 'Ferrer & Vidal Consultores';

export const PERSON_NAMES = {
  begona: 'Begoña Ibáñez',
  alvaro: 'Álvaro Quintana',
  marta: 'Marta Echeverría',
  jorge: 'Jorge Salcedo',
  claire: 'Claire Dubois',
  stefan: 'Stefan Albrecht',
  rocio: 'Rocío Maldonado',
  inaki: 'Iñaki Goikoetxea',
  nuria: 'Nuria Campos',
  daniel: 'Daniel Ortega',
  malgorzata: 'Małgorzata Krzyżanowska',
  rainer: 'Rainer Köhler',
  lucia: 'Lucía Ferrer',
  tomas: 'Tomás Vidal',
} as const;

export type PersonKey = keyof typeof PERSON_NAMES;

export function personName(key: PersonKey): string {
  return PERSON_NAMES[key];
}

interface PersonContent {
  key: PersonKey;
  role: Localized;
  organisation: string;
  side: ParticipantSide;
  expertGroup: boolean;
  implementationGroup: boolean;
  email: string;
}

const PEOPLE: readonly PersonContent[] = [
  {
    key: 'begona',
    role: { en: 'Chief Executive Officer', es: 'Consejera delegada' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: false,
    implementationGroup: false,
    email: 'begona.ibanez@arlanza.example',
  },
  {
    key: 'alvaro',
    role: { en: 'Sales Director', es: 'Director comercial' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: true,
    implementationGroup: true,
    email: 'alvaro.quintana@arlanza.example',
  },
  {
    key: 'marta',
    role: { en: 'Chief Financial Officer', es: 'Directora financiera' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: false,
    implementationGroup: true,
    email: 'marta.echeverria@arlanza.example',
  },
  {
    key: 'jorge',
    role: { en: 'Key Account Manager, OEM Iberia', es: 'Responsable de grandes cuentas OEM Iberia' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: true,
    implementationGroup: true,
    email: 'jorge.salcedo@arlanza.example',
  },
  {
    key: 'claire',
    role: { en: 'Area Sales Manager, France', es: 'Responsable de ventas para Francia' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: true,
    implementationGroup: false,
    email: 'claire.dubois@arlanza.example',
  },
  {
    key: 'stefan',
    role: { en: 'Area Sales Manager, Germany', es: 'Responsable de ventas para Alemania' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: true,
    implementationGroup: true,
    email: 'stefan.albrecht@arlanza.example',
  },
  {
    key: 'rocio',
    role: { en: 'Sales Manager, Mexico (Querétaro)', es: 'Responsable de ventas para México (Querétaro)' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: true,
    implementationGroup: false,
    email: 'rocio.maldonado@arlanza.example',
  },
  {
    key: 'inaki',
    role: { en: 'Head of Application Engineering', es: 'Jefe de ingeniería de aplicaciones' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: true,
    implementationGroup: true,
    email: 'inaki.goikoetxea@arlanza.example',
  },
  {
    key: 'nuria',
    role: { en: 'Inside Sales and Customer Service Lead', es: 'Responsable de ventas internas y atención al cliente' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: true,
    implementationGroup: true,
    email: 'nuria.campos@arlanza.example',
  },
  {
    key: 'daniel',
    role: { en: 'IT and CRM Manager', es: 'Responsable de sistemas y CRM' },
    organisation: CLIENT_COMPANY,
    side: 'client',
    expertGroup: false,
    implementationGroup: true,
    email: 'daniel.ortega@arlanza.example',
  },
  {
    key: 'malgorzata',
    role: { en: 'Pricing consultant (outside expert)', es: 'Consultora de precios (experta externa)' },
    organisation: 'Krzyżanowska Pricing, Kraków',
    side: 'external',
    expertGroup: true,
    implementationGroup: false,
    email: '',
  },
  {
    key: 'rainer',
    role: {
      en: 'Former purchasing director of a farm-machinery maker (outside expert)',
      es: 'Exdirector de compras de un fabricante de maquinaria agrícola (experto externo)',
    },
    organisation: 'Köhler Beratung, Osnabrück',
    side: 'external',
    expertGroup: true,
    implementationGroup: false,
    email: '',
  },
  {
    key: 'lucia',
    role: { en: 'Lead facilitator', es: 'Facilitadora principal' },
    organisation: CONSULTANCY,
    side: 'ours',
    expertGroup: false,
    implementationGroup: false,
    email: 'lucia.ferrer@ferrervidal.example',
  },
  {
    key: 'tomas',
    role: { en: 'Co-facilitator and project office', es: 'Cofacilitador y oficina de proyecto' },
    organisation: CONSULTANCY,
    side: 'ours',
    expertGroup: false,
    implementationGroup: true,
    email: 'tomas.vidal@ferrervidal.example',
  },
];

export function participantId(context: ExampleContext, key: PersonKey): string {
  return context.id('participants', key);
}

export function buildParticipants(context: ExampleContext): Participant[] {
  return PEOPLE.map((person, index) =>
    withId(
      createParticipant(context.workshopId, {
        name: personName(person.key),
        role: context.text(person.role),
        organisation: person.organisation,
        side: person.side,
        expertGroup: person.expertGroup,
        implementationGroup: person.implementationGroup,
        email: person.email,
        order: index,
      }),
      participantId(context, person.key),
    ),
  );
}
