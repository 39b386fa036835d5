/**
 * What an old log can be and which columns each kind understands, with the header names leaders use
 * (Norwegian and English, folded). A field's type decides how its cells are read.
 */

export const IMPORT_KINDS = ['contacts', 'volunteers', 'matches', 'participants'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const KIND_LABELS: Record<ImportKind, string> = {
  contacts: 'Kontaktlogg (oppfølginger)',
  volunteers: 'Frivilligliste',
  matches: 'Koblingsliste',
  participants: 'Deltakerliste',
};

/** A table the leader chose not to import (sums, notes): its rows are counted as skipped, not set aside. */
export const SKIP = 'skip';
export type BlockKind = ImportKind | typeof SKIP;
export const BLOCK_KINDS = [...IMPORT_KINDS, SKIP] as const;
export const BLOCK_LABELS: Record<BlockKind, string> = { ...KIND_LABELS, skip: 'Ikke importer (summer, notater o.l.)' };

export type FieldType =
  | 'volunteerName' | 'participantName' | 'phone' | 'email' | 'date' | 'bool' | 'birthYear' | 'count' | 'months' | 'text' | 'note'
  | 'volunteerStatus' | 'participantStatus' | 'matchStatus' | 'channel' | 'withWhom' | 'contactKind' | 'howItGoes'
  | 'quitReason' | 'endReason' | 'recruitment';

export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  /** Folded header names; the first is the add-on's own header. */
  synonyms: readonly string[];
  required?: boolean;
}

/** `synonyms` as one string, `|` between names (compact in the bundle). */
const f = (key: string, label: string, type: FieldType, synonyms: string, required = false): FieldSpec => ({ key, label, type, synonyms: synonyms.split('|'), required });

// A contact log's note column is headed as leaders talk: a question («Hva vi snakket om»), a phrase, a word.
const NOTE = f('note', 'Merknad', 'note', 'merknad|merknader|kommentar|kommentarer|notat|notater|beskrivelse|info|hva vi snakket om|hva snakket dere om|samtalen|referat|oppsummering|hva skjedde|innhold|tema|note|notes|comment|comments|remarks|summary|meeting notes|session notes');
const BIRTH = f('birthYear', 'Fødselsår', 'birthYear', 'fodselsar|fodt|fodselsdato|alder|ar|birth year|year of birth|born|age|date of birth');
const MUNICIPALITY = f('municipality', 'Kommune', 'text', 'kommune|bosted|bor i|sted|municipality|city');
const LANGUAGES = f('languages', 'Språk', 'text', 'sprak|morsmal|language|languages');
const INTERESTS = f('interests', 'Interesser', 'text', 'interesser|interesse|hobby|hobbyer|interests');
// Exports from other tools name people by codes and in English or snake_case («mentor_id» folds to «mentor id»).
const VOLUNTEER = (required: boolean) => f('volunteer', 'Frivillig (navn)', 'volunteerName', 'frivillig|ressursvenn|frivilligs navn|navn frivillig|frivillig navn|venn|volunteer|volunteer name|volunteer id|mentor|mentor name|mentor id|buddy|navn', required);
const PARTICIPANT = (required: boolean) => f('participant', 'Deltaker (navn)', 'participantName', 'deltaker|deltakers navn|navn deltaker|deltaker navn|kvinne|bruker|participant|participant name|participant id|mentee|mentee name|mentee id|client|client id', required);

export const FIELDS: Record<ImportKind, readonly FieldSpec[]> = {
  contacts: [
    f('date', 'Dato', 'date', 'dato|kontaktdato|dato for kontakt|nar|date|meeting date|contact date|session date|date of contact', true),
    VOLUNTEER(false),
    PARTICIPANT(false),
    f('withWhom', 'Med hvem', 'withWhom', 'med hvem|snakket med|kontakt med|hvem|with|with whom'),
    f('channel', 'Kanal', 'channel', 'kanal|kontaktform|form|hvordan|type kontakt|channel|medium|contact method|contact type|method'),
    f('kind', 'Type', 'contactKind', 'type|oppfolgingstype|type oppfolging|kind'),
    // Not «how» alone: «how many attended» is attendance, not how it is going.
    f('howItGoes', 'Hvordan går det', 'howItGoes', 'hvordan gar det|status|vurdering|how is it going|how is it going?|progress'),
    f('meetingsSinceLast', 'Møter siden sist', 'count', 'moter siden sist|antall moter|moter|treff|meetings'),
    f('activities', 'Aktiviteter', 'text', 'aktiviteter|aktivitet|hva gjorde de|activities|activity'),
    f('concern', 'Bekymring', 'bool', 'bekymring|bekymret|trenger hjelp|concern|worry'),
    NOTE,
    f('nextFollowUp', 'Neste oppfølging', 'date', 'neste oppfolging|neste kontakt|neste|next|next follow up'),
  ],
  volunteers: [
    f('name', 'Navn', 'volunteerName', 'navn|frivillig|fullt navn|ressursvenn|name|full name|volunteer', true),
    f('phone', 'Telefon', 'phone', 'telefon|tlf|tlf nr|mobil|mobilnummer|telefonnummer|phone|mobile|phone number|mobile number|cell'),
    f('email', 'E-post', 'email', 'e post|epost|e postadresse|mail|email|e mail'),
    BIRTH, MUNICIPALITY, LANGUAGES, INTERESTS,
    f('availability', 'Tilgjengelighet', 'text', 'tilgjengelighet|tilgjengelig|kan mote|availability'),
    f('canMeetWithChildren', 'Kan møte med barn', 'bool', 'kan mote med barn|barn ok|barn'),
    f('recruitmentSource', 'Rekruttert via', 'recruitment', 'rekruttert via|rekruttert|hvor horte|kilde|source'),
    f('registeredDate', 'Påmeldt dato', 'date', 'pameldt dato|pameldt|registrert|innmeldt|dato pameldt|registered'),
    f('courseDate', 'Kurs fullført', 'date', 'kurs fullfort|kurs|aktivitetskurs|kursdato|course'),
    f('interviewDate', 'Kartleggingssamtale', 'date', 'kartleggingssamtale|kartlegging|samtale|intervju|interview'),
    f('policeCertificateDate', 'Politiattest vist', 'date', 'politiattest vist|politiattest|attest|police certificate'),
    f('nksDeclarationDate', 'Taushetserklæring N.K.S.', 'date', 'taushetserklaering n k s|taushetserklaering nks|taushetserklaering|erklaering nks|taushet'),
    f('shelterDeclarationDate', 'Taushetserklæring krisesenter', 'date', 'taushetserklaering krisesenter|erklaering krisesenter|taushet krisesenter'),
    f('status', 'Status', 'volunteerStatus', 'status|state'),
    f('quitDate', 'Sluttet dato', 'date', 'sluttet dato|sluttet|sluttdato|quit date'),
    f('quitReason', 'Sluttårsak', 'quitReason', 'sluttarsak|arsak|reason'),
    NOTE,
  ],
  matches: [
    VOLUNTEER(true),
    PARTICIPANT(true),
    f('status', 'Status', 'matchStatus', 'status|state'),
    f('proposedDate', 'Foreslått dato', 'date', 'foreslatt dato|foreslatt|proposed'),
    f('meetingDate', 'Koblingsmøte', 'date', 'koblingsmote|mote dato|koblingsmote dato|matching meeting'),
    f('agreementSigned', 'Avtale signert', 'bool', 'avtale signert|avtale|samarbeidsavtale|agreement'),
    f('startDate', 'Startdato', 'date', 'startdato|start|startet|oppstart|fra|koblet|start date|started'),
    f('agreedMonths', 'Avtalt lengde (mnd)', 'months', 'avtalt lengde mnd|avtalt lengde|lengde|varighet|mnd|maneder|months'),
    f('endDate', 'Sluttdato', 'date', 'sluttdato|slutt|avsluttet|til|end date|end'),
    f('endReason', 'Sluttårsak', 'endReason', 'sluttarsak|arsak|reason'),
    // The match keeps her shelter: it goes to the participant the row names (a match has no shelter of its own).
    f('shelter', 'Krisesenter', 'text', 'krisesenter|henvist fra|senter|shelter'),
    NOTE,
  ],
  participants: [
    // In a participant list «Navn» is hers (the add-on's own volunteer header is «Navn» too; the tab name decides).
    f('participant', 'Deltaker (navn)', 'participantName', 'deltaker|deltakers navn|navn deltaker|deltaker navn|kvinne|bruker|participant|participant name|navn|fullt navn|name', true),
    f('shelter', 'Krisesenter', 'text', 'krisesenter|henvist fra|senter|shelter'),
    MUNICIPALITY, BIRTH, LANGUAGES,
    f('interpreterNeeded', 'Trenger tolk', 'bool', 'trenger tolk|tolk|interpreter'),
    INTERESTS,
    f('needs', 'Behov', 'text', 'behov|needs'),
    f('childrenJoin', 'Barn blir med', 'bool', 'barn blir med|barn med|barn|children'),
    f('referralDate', 'Henvist dato', 'date', 'henvist dato|henvist|henvisning|dato henvist|referral|referred'),
    f('status', 'Status', 'participantStatus', 'status|state'),
    NOTE,
  ],
};

export const fieldsOf = (kind: BlockKind): readonly FieldSpec[] => (kind === SKIP ? [] : FIELDS[kind]);

/** Fields that hold a person's name or contact details: never copied into Importavvik. */
export const PERSONAL_TYPES: ReadonlySet<FieldType> = new Set(['volunteerName', 'participantName', 'phone', 'email']);

/** Words in the tab name or a title row that say what the table is. */
export const KIND_TITLE_WORDS: Record<ImportKind, readonly string[]> = {
  contacts: ['kontaktlogg', 'logg', 'oppfolging', 'oppfolginger', 'contact log'],
  volunteers: ['frivillig', 'frivillige', 'frivilligliste', 'ressursvenn', 'ressursvenner', 'volunteers'],
  matches: ['koblinger', 'koblingsliste', 'matcher', 'matches'],
  participants: ['deltaker', 'deltakere', 'deltakerliste', 'kvinner', 'brukere', 'participants'],
};
