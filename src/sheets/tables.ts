/**
 * Every table the add-on keeps: Norwegian sheet and header names, column kinds, dropdowns, help notes.
 * Columns are found by header name, never by position; the order here is only the order for new sheets.
 */
import * as R from '../domain/records';
import * as V from '../domain/vocabulary';
import { PAUSES_EXAMPLE } from '../domain/pauses';
import type { ColumnDef, TableDef } from './tableDef';

const yesNo = 'Kryss av for ja.';
const datoHelp = (s: string) => `${s} (dd.mm.åååå).`;
const FOR_MATCHING = 'For «Foreslå kobling».';
const listHelp = (what: string, values: readonly string[]) => `${what}, skilt med komma. ${FOR_MATCHING} Verdier: ${values.join(', ')}.`;
const AREA_HELP = `Bydel, aldri adresse. ${FOR_MATCHING}`;
const TRAVEL_HELP = `Hvor langt hun kan reise. ${FOR_MATCHING}`;
const AVAILABILITY_HELP = listHelp('Når hun kan møtes', V.AVAILABILITY);

const volunteerColumns: ColumnDef<R.Volunteer>[] = [
  { field: 'id', header: 'ID', kind: 'id', help: 'Frivillig-ID, f.eks. F-001. Settes av tillegget og brukes aldri om igjen.', width: 70 },
  { field: 'alias', header: 'Alias/initialer', kind: 'text', help: 'Initialer eller kallenavn, aldri fullt navn. Navn står bare i Kontaktinfo.', width: 110 },
  { field: 'birthYear', header: 'Fødselsår', kind: 'int', help: 'Bare årstall. Frivillige kan kobles fra 1. januar i året de fyller 25.', width: 80, range: [R.BIRTH_YEAR_MIN, R.BIRTH_YEAR_MAX] },
  { field: 'municipality', header: 'Kommune', kind: 'text', help: 'Bostedskommune.', width: 110 },
  { field: 'languages', header: 'Språk', kind: 'text', help: listHelp('Språk', V.LANGUAGES), width: 120 },
  { field: 'interests', header: 'Interesser', kind: 'text', help: listHelp('Interesser', V.INTERESTS), width: 160 },
  { field: 'availability', header: 'Tilgjengelighet', kind: 'text', help: AVAILABILITY_HELP, width: 130 },
  { field: 'canMeetWithChildren', header: 'Kan møte med barn', kind: 'bool', help: yesNo, width: 90 },
  { field: 'recruitmentSource', header: 'Rekruttert via', kind: 'enum', list: V.RECRUITMENT_SOURCES, help: 'Hvordan hun fant Ressursvenn.', width: 120 },
  { field: 'registeredDate', header: 'Påmeldt dato', kind: 'date', help: datoHelp('Dato hun meldte interesse'), width: 95 },
  { field: 'courseDate', header: 'Kurs fullført', kind: 'date', help: datoHelp('Dato for fullført aktivitetskurs'), width: 95 },
  { field: 'interviewDate', header: 'Kartleggingssamtale', kind: 'date', help: datoHelp('Dato for individuell kartleggingssamtale'), width: 95 },
  { field: 'policeCertificateDate', header: 'Politiattest vist', kind: 'date', help: datoHelp('Dato begrenset politiattest ble vist. Attesten selv lagres ikke'), width: 95 },
  { field: 'nksDeclarationDate', header: 'Taushetserklæring N.K.S.', kind: 'date', help: datoHelp('Dato taushets- og etikkerklæring med N.K.S. ble signert'), width: 95 },
  { field: 'shelterDeclarationDate', header: 'Taushetserklæring krisesenter', kind: 'date', help: datoHelp('Dato taushetserklæring med krisesenteret ble signert'), width: 95 },
  { field: 'status', header: 'Status', kind: 'enum', list: V.VOLUNTEER_STATUSES, help: 'Påmeldt → Under kartlegging → Godkjent (klar for kobling) → I kobling → Sluttet.', width: 120 },
  { field: 'quitDate', header: 'Sluttet dato', kind: 'date', help: datoHelp('Dato hun sluttet som frivillig'), width: 95 },
  { field: 'quitReason', header: 'Sluttårsak', kind: 'enum', list: V.VOLUNTEER_QUIT_REASONS, help: 'Hvorfor hun sluttet.', width: 130 },
  { field: 'note', header: 'Merknad', kind: 'note', help: 'Kort og anonymisert. Ingen navn, fødselsnummer, telefon eller e-post.', width: 220 },
  { field: 'area', header: 'Bydel/område', kind: 'text', help: AREA_HELP, width: 110 },
  { field: 'travel', header: 'Kan reise', kind: 'enum', list: V.TRAVEL, help: TRAVEL_HELP, width: 110 },
  { field: 'notSuitableFor', header: 'Ikke aktuell for', kind: 'text', help: 'Deltaker-ID-er hun ikke skal foreslås for, f.eks. D-007. Ingen begrunnelse.', width: 120 },
];

const participantColumns: ColumnDef<R.Participant>[] = [
  { field: 'id', header: 'ID', kind: 'id', help: 'Deltaker-ID, f.eks. D-001. Ingen navn eller kontaktinfo om deltakere lagres.', width: 70 },
  { field: 'shelter', header: 'Krisesenter', kind: 'enum', list: 'shelters', help: 'Henvisende krisesenter (listen står i Innstillinger).', width: 150 },
  { field: 'municipality', header: 'Kommune', kind: 'text', help: 'Kommunen hun bor i eller flytter til.', width: 110 },
  { field: 'birthYear', header: 'Fødselsår', kind: 'int', help: 'Bare årstall.', width: 80, range: [R.BIRTH_YEAR_MIN, R.BIRTH_YEAR_MAX] },
  { field: 'languages', header: 'Språk', kind: 'text', help: listHelp('Språk', V.LANGUAGES), width: 120 },
  { field: 'interpreterNeeded', header: 'Trenger tolk', kind: 'bool', help: yesNo + ' Tolk bestilles til koblingsmøtet.', width: 80 },
  { field: 'interests', header: 'Interesser', kind: 'text', help: listHelp('Interesser', V.INTERESTS), width: 160 },
  { field: 'needs', header: 'Behov', kind: 'text', help: `Behov, skilt med komma. Faste kategorier gir bedre statistikk: ${V.PARTICIPANT_NEEDS.join(', ')}.`, width: 180 },
  { field: 'childrenJoin', header: 'Barn blir med', kind: 'bool', help: yesNo + ' Barn er med på møtene.', width: 80 },
  { field: 'referralDate', header: 'Henvist dato', kind: 'date', help: datoHelp('Dato krisesenteret henviste henne'), width: 95 },
  { field: 'status', header: 'Status', kind: 'enum', list: V.PARTICIPANT_STATUSES, help: 'Henvist → Venter på kobling → I kobling → Avsluttet (eller Trukket seg).', width: 130 },
  { field: 'note', header: 'Merknad', kind: 'note', help: 'Kort og anonymisert. Ingen navn, fødselsnummer, telefon eller e-post.', width: 220 },
  { field: 'area', header: 'Bydel/område', kind: 'text', help: AREA_HELP, width: 110 },
  { field: 'travel', header: 'Kan reise', kind: 'enum', list: V.TRAVEL, help: TRAVEL_HELP, width: 110 },
  { field: 'availability', header: 'Tilgjengelighet', kind: 'text', help: AVAILABILITY_HELP, width: 130 },
];

const matchColumns: ColumnDef<R.Match>[] = [
  { field: 'id', header: 'ID', kind: 'id', help: 'Koblings-ID, f.eks. K-001.', width: 70 },
  { field: 'volunteerId', header: 'Frivillig-ID', kind: 'ref', help: 'ID fra arket Frivillige.', width: 85 },
  { field: 'participantId', header: 'Deltaker-ID', kind: 'ref', help: 'ID fra arket Deltakere.', width: 85 },
  { field: 'status', header: 'Status', kind: 'enum', list: V.MATCH_STATUSES, help: 'Foreslått → Koblingsmøte avtalt → Aktiv (↔ Pause) → Avsluttet. Avslått hvis en av dem sa nei.', width: 130 },
  { field: 'proposedDate', header: 'Foreslått dato', kind: 'date', help: datoHelp('Dato koblingen ble foreslått'), width: 95 },
  { field: 'meetingDate', header: 'Koblingsmøte', kind: 'date', help: datoHelp('Koblingsmøtet på krisesenteret'), width: 95 },
  { field: 'agreementSigned', header: 'Avtale signert', kind: 'bool', help: yesNo + ' Samarbeidsavtalen er signert og sendt.', width: 80 },
  { field: 'startDate', header: 'Startdato', kind: 'date', help: datoHelp('Første dag koblingen er aktiv'), width: 95 },
  { field: 'agreedMonths', header: 'Avtalt lengde (mnd)', kind: 'int', help: 'Avtalt lengde, 9–12 måneder.', width: 90, range: [R.MIN_MATCH_MONTHS, R.MAX_MATCH_MONTHS] },
  { field: 'plannedEnd', header: 'Planlagt slutt', kind: 'date', help: datoHelp('Startdato + avtalt lengde. Settes av tillegget'), width: 95 },
  { field: 'pauseStart', header: 'Pause fra', kind: 'date', help: datoHelp('Siste pause startet'), width: 95 },
  { field: 'pauseEnd', header: 'Pause til', kind: 'date', help: datoHelp('Siste pause sluttet (tom mens pausen varer)'), width: 95 },
  { field: 'pauseReason', header: 'Pauseårsak', kind: 'enum', list: V.PAUSE_REASONS, help: 'Hvorfor koblingen er satt på pause.', width: 130 },
  { field: 'earlierPauses', header: 'Tidligere pauser', kind: 'text', help: `Pauser før den siste, eldste først: dd.mm.åååå–dd.mm.åååå (årsak), skilt med semikolon, f.eks. ${PAUSES_EXAMPLE}. «Sett på pause» i sidepanelet flytter forrige pause hit. Rapporten teller alle pausene.`, width: 200 },
  { field: 'endDate', header: 'Sluttdato', kind: 'date', help: datoHelp('Dato koblingen ble avsluttet'), width: 95 },
  { field: 'endReason', header: 'Sluttårsak', kind: 'enum', list: V.MATCH_END_REASONS, help: 'Hvorfor koblingen sluttet.', width: 150 },
  { field: 'endedBy', header: 'Avsluttet av', kind: 'enum', list: V.MATCH_ENDED_BY, help: 'Hvem som avsluttet (Planlagt = fullført som avtalt).', width: 100 },
  { field: 'closureDate', header: 'Avkoblingssamtale', kind: 'date', help: datoHelp('Dato for avkoblingssamtalen'), width: 95 },
  { field: 'evaluationSent', header: 'Evaluering sendt', kind: 'bool', help: yesNo, width: 80 },
  { field: 'privateContactAfter', header: 'Privat kontakt etterpå', kind: 'bool', help: yesNo + ' De holder kontakt privat etter programmet.', width: 90 },
  { field: 'note', header: 'Merknad', kind: 'note', help: 'Kort og anonymisert.', width: 220 },
];

const contactColumns: ColumnDef<R.Contact>[] = [
  { field: 'id', header: 'ID', kind: 'id', help: 'Logg-ID, f.eks. L-00001.', width: 80 },
  { field: 'date', header: 'Dato', kind: 'date', help: datoHelp('Dato for kontakten'), width: 95 },
  { field: 'matchId', header: 'Koblings-ID', kind: 'ref', help: 'Koblingen kontakten gjelder (eller tom og frivillig-ID).', width: 85 },
  { field: 'volunteerId', header: 'Frivillig-ID', kind: 'ref', help: 'For en frivillig som ikke er i en kobling.', width: 85 },
  { field: 'withWhom', header: 'Med hvem', kind: 'enum', list: V.CONTACT_WITH, help: 'Hvem du snakket med.', width: 130 },
  { field: 'channel', header: 'Kanal', kind: 'enum', list: V.CONTACT_CHANNELS, help: 'Telefon, SMS, e-post, møte eller video.', width: 80 },
  { field: 'kind', header: 'Type', kind: 'enum', list: V.CONTACT_KINDS, help: 'Hva slags oppfølging.', width: 140 },
  { field: 'howItGoes', header: 'Hvordan går det', kind: 'enum', list: V.HOW_IT_GOES, help: 'Hvordan koblingen går.', width: 100 },
  { field: 'meetingsSinceLast', header: 'Møter siden sist', kind: 'int', help: 'Antall møter eller samtaler mellom dem siden forrige oppfølging.', width: 80, range: [0, 60] },
  { field: 'activities', header: 'Aktiviteter', kind: 'text', help: 'Hva de har gjort sammen.', width: 180 },
  { field: 'concern', header: 'Bekymring', kind: 'bool', help: 'Kryss av hvis den frivillige trenger hjelp eller du er bekymret (trygghet, helse). Vises øverst i påminnelsene.', width: 80 },
  { field: 'note', header: 'Merknad', kind: 'note', help: 'Kort og anonymisert. Ingen navn, fødselsnummer, telefon eller e-post.', width: 240 },
  { field: 'nextFollowUp', header: 'Neste oppfølging', kind: 'date', help: datoHelp('Når neste oppfølging skal skje'), width: 95 },
  { field: 'loggedBy', header: 'Logget av', kind: 'text', help: 'Gruppelederen som logget kontakten. Settes av tillegget.', width: 150 },
  { field: 'loggedAt', header: 'Logget', kind: 'datetime', help: 'Tidspunkt for loggføring. Settes av tillegget.', width: 120 },
];

const inquiryColumns: ColumnDef<R.Inquiry>[] = [
  { field: 'id', header: 'ID', kind: 'id', help: 'Henvendelses-ID, f.eks. H-0001.', width: 75 },
  { field: 'date', header: 'Dato', kind: 'date', help: datoHelp('Dato for henvendelsen'), width: 95 },
  { field: 'kind', header: 'Type', kind: 'enum', list: V.INQUIRY_KINDS, help: 'Hva henvendelsen gjaldt.', width: 150 },
  { field: 'from', header: 'Fra', kind: 'text', help: 'Instans eller kanal (ikke personnavn), f.eks. krisesenteret eller nettsiden.', width: 150 },
  { field: 'municipality', header: 'Kommune', kind: 'text', help: 'Kommunen henvendelsen gjelder.', width: 110 },
  { field: 'outcome', header: 'Resultat', kind: 'enum', list: V.INQUIRY_OUTCOMES, help: 'Hva som ble gjort.', width: 120 },
  { field: 'note', header: 'Merknad', kind: 'note', help: 'Kort og anonymisert.', width: 220 },
];

const courseColumns: ColumnDef<R.Course>[] = [
  { field: 'id', header: 'ID', kind: 'id', help: 'Kurs-ID, f.eks. KU-001.', width: 75 },
  { field: 'date', header: 'Dato', kind: 'date', help: datoHelp('Kursdato'), width: 95 },
  { field: 'place', header: 'Sted', kind: 'text', help: 'Hvor kurset ble holdt.', width: 140 },
  { field: 'participantIds', header: 'Deltakere (frivillig-ID)', kind: 'text', help: 'Frivillig-ID-er skilt med komma, f.eks. F-001, F-002.', width: 200 },
  { field: 'participantCount', header: 'Antall deltakere', kind: 'int', help: 'Antall som deltok (også de uten frivillig-ID).', width: 90, range: [0, 500] },
  { field: 'note', header: 'Merknad', kind: 'note', help: 'Kort og anonymisert.', width: 220 },
];

const contactInfoColumns: ColumnDef<R.ContactInfo>[] = [
  { field: 'volunteerId', header: 'Frivillig-ID', kind: 'ref', help: 'ID fra arket Frivillige.', width: 85 },
  { field: 'name', header: 'Navn', kind: 'text', help: 'Fullt navn. Står bare her.', width: 180 },
  { field: 'phone', header: 'Telefon', kind: 'phone', help: 'Telefonnummer, lagres som tekst.', width: 120 },
  { field: 'email', header: 'E-post', kind: 'email', help: 'E-postadresse (brukes bare hvis påminnelser til frivillige er slått på).', width: 200 },
  { field: 'preferredChannel', header: 'Foretrukket kontakt', kind: 'enum', list: V.CONTACT_CHANNELS, help: 'Hvordan hun helst vil bli kontaktet.', width: 110 },
];

const shelterColumns: ColumnDef<R.Shelter>[] = [
  { field: 'name', header: 'Krisesenter', kind: 'text', help: 'Krisesentre dere samarbeider med. Brukes som nedtrekksliste i Deltakere.', width: 200 },
  { field: 'contactRole', header: 'Kontaktperson (rolle)', kind: 'text', help: 'Rollen til kontaktpersonen (ikke navn), f.eks. «fagansvarlig».', width: 160 },
  { field: 'municipality', header: 'Kommune', kind: 'text', help: 'Kommunen krisesenteret ligger i.', width: 110 },
];

export const VOLUNTEERS: TableDef<R.Volunteer> = { key: 'volunteers', sheetName: 'Frivillige', columns: volunteerColumns, schema: R.VolunteerSchema, idKind: 'volunteer', keyField: 'id', tabColor: '#6a1b9a' };
export const PARTICIPANTS: TableDef<R.Participant> = { key: 'participants', sheetName: 'Deltakere', columns: participantColumns, schema: R.ParticipantSchema, idKind: 'participant', keyField: 'id', tabColor: '#00838f' };
export const MATCHES: TableDef<R.Match> = { key: 'matches', sheetName: 'Koblinger', columns: matchColumns, schema: R.MatchSchema, idKind: 'match', keyField: 'id', tabColor: '#c2185b' };
export const CONTACTS: TableDef<R.Contact> = { key: 'contacts', sheetName: 'Kontaktlogg', columns: contactColumns, schema: R.ContactSchema, idKind: 'contact', keyField: 'id', tabColor: '#2e7d32' };
export const INQUIRIES: TableDef<R.Inquiry> = { key: 'inquiries', sheetName: 'Henvendelser', columns: inquiryColumns, schema: R.InquirySchema, idKind: 'inquiry', keyField: 'id', tabColor: '#ef6c00' };
export const COURSES: TableDef<R.Course> = { key: 'courses', sheetName: 'Kurs', columns: courseColumns, schema: R.CourseSchema, idKind: 'course', keyField: 'id', tabColor: '#5d4037' };
export const CONTACT_INFO: TableDef<R.ContactInfo> = { key: 'contactInfo', sheetName: 'Kontaktinfo', columns: contactInfoColumns, schema: R.ContactInfoSchema, keyField: 'volunteerId', hidden: true, protectSheet: true, tabColor: '#b71c1c' };
export const SHELTERS: TableDef<R.Shelter> = { key: 'shelters', sheetName: 'Innstillinger', columns: shelterColumns, schema: R.ShelterSchema, keyField: 'name' };

/** The data tables, in sheet order. Innstillinger (settings + shelters) is handled by settingsSheet.ts. */
export const DATA_TABLES = [VOLUNTEERS, PARTICIPANTS, MATCHES, CONTACTS, INQUIRIES, COURSES, CONTACT_INFO] as const;

export const SETTINGS_SHEET = 'Innstillinger';
export const CHECK_SHEET = 'Datakontroll';
export const SETTINGS_HEADERS = { label: 'Innstilling', value: 'Verdi', help: 'Forklaring' } as const;
