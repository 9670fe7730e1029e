// The one vocabulary table: namespaces and terms as typed constants, from which the mappers,
// the JSON-LD context, the shapes test and the project-vocabulary table of docs/data-model.md all draw.
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';

/** A namespace whose terms are typed keys: `org.Post` compiles, `org.Pots` does not. */
export type Namespace<T extends string> = { readonly [K in T]: NamedNode } & {
  readonly iri: string;
};

/** Builds a namespace object from its IRI and the terms the project uses from it. */
export function namespace<const T extends string>(iri: string, terms: readonly T[]): Namespace<T> {
  const out: Record<string, NamedNode | string> = { iri };
  for (const term of terms) out[term] = DataFactory.namedNode(iri + term);
  return out as Namespace<T>;
}

/** Default base IRI under which entities are minted (override with `--base`). */
export const DEFAULT_BASE = 'https://example.org/office-ld/';

/**
 * The project vocabulary, for what no standard vocabulary has. Its namespace is fixed (it does
 * not move with `--base`) so that shapes and queries stay valid for every dataset.
 * Each term carries the one-line definition docs/data-model.md documents.
 */
export const PROJECT_TERMS = {
  InfoboxField: 'Class of an infobox field that no standard term covers, kept as key and value.',
  ordinal: 'Position of a tenure in our list of the tenures of its post, counting every row (not the article\'s own numbering: see ol:seriesOrdinal).',
  previousTenure: 'The tenure of the same post just before this one (counterpart of Wikidata P1365, replaces).',
  nextTenure: 'The tenure of the same post just after this one (counterpart of Wikidata P1366, replaced by).',
  acting: 'True when the holder held the post in an acting capacity (counterpart of Wikidata P5102 = Q4676846, acting).',
  current: 'True for the tenure that was open (incumbent) as of the source revision.',
  section: 'Heading of the article section whose table lists the tenure.',
  sourceLine: '1-based line of the source article a tenure or post was read from.',
  sourceRow: 'The raw table row a tenure was read from, as written.',
  sourceFile: 'File name of the source article.',
  postType: 'The kind of post, from the infobox Type field (a skos:Concept).',
  status: 'The standing or rank of the post, from the infobox Status field (a skos:Concept).',
  appointedBy: 'A body that appoints the holder of the post (counterpart of Wikidata P748, appointed by).',
  nominatedBy: 'A body that nominates the holder of the post.',
  department: 'The department the post belongs to, from the infobox Department field.',
  sitsIn: 'A body the holder of the post sits in by virtue of the post (infobox Member Of).',
  inauguralHolder: 'The first holder of the post (infobox Inaugural).',
  incumbentSince: 'Date since which the incumbent has held the post, as the infobox states it.',
  inception: 'Date the post was created (counterpart of Wikidata P571, inception; infobox Formation).',
  deputy: 'A role that deputises for the post (counterpart of Wikidata P2098, substitute/deputy).',
  insignia: 'Image of the insignia of the post (a sub-property of schema:image).',
  flag: 'Image of the flag associated with the post (a sub-property of schema:image).',
  infoboxField: 'Links a post to an infobox field that no standard term covers.',
  fieldName: 'The key of an infobox field, as written.',
  fieldValue: 'The value of an infobox field, as written.',
  Gap: 'Class of a period in the list of holders of a post when no one held it (a vacancy or note row of a table, with its dates).',
  gapIn: 'Links a gap to the post that had no holder during it.',
  seat: 'A place or building where the post sits, from the infobox Seat or Headquarters field (a schema:Place).',
  officialResidence: 'The official residence of the holder of the post, from the infobox Residence field (a schema:Place; counterpart of Wikidata P263).',
  seriesOrdinal: 'The number the article gives a tenure in its No. column, as written (Wikidata P1545, series ordinal); absent where it gives none.',
  approximate: 'True on a start or end instant the article writes as approximate ("c. 1920"; Wikidata P1480 sourcing circumstances = Q5727902, circa).',
  changeset: 'The number of the last changeset whose result a bundle\'s dumps (in void.ttl, on the dataset) or a store\'s graph (in the store\'s graph urn:office-ld:changesets, on the graph\'s IRI) hold; 0 for the first bundle of a sequence.',
  readingWarning: 'What the reader could not understand in the row or field a tenure, gap or post was read from (reported as a sh:Warning).',
} as const;

/** Namespace IRIs with their preferred prefixes (Turtle, JSON-LD context, README). */
export const PREFIXES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'http://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  opengov: 'http://www.w3.org/ns/opengov#',
  time: 'http://www.w3.org/2006/time#',
  prov: 'http://www.w3.org/ns/prov#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  sh: 'http://www.w3.org/ns/shacl#',
  owl: 'http://www.w3.org/2002/07/owl#',
  wd: 'http://www.wikidata.org/entity/',
  ol: DEFAULT_BASE + 'ns#',
  olsh: DEFAULT_BASE + 'shapes#',
} as const;

/**
 * Namespaces of the dataset description (void.ttl) only: kept out of {@link PREFIXES}, so the data's
 * JSON-LD context and Turtle prefixes stay as they are.
 */
export const METADATA_PREFIXES = {
  void: 'http://rdfs.org/ns/void#',
  dcat: 'http://www.w3.org/ns/dcat#',
  spdx: 'http://spdx.org/rdf/terms#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  formats: 'http://www.w3.org/ns/formats/',
  iana: 'https://www.iana.org/assignments/media-types/',
} as const;

export const rdf = namespace(PREFIXES.rdf, ['type', 'langString']);
export const xsd = namespace(PREFIXES.xsd, [
  'date', 'gYearMonth', 'gYear', 'integer', 'boolean', 'string', 'nonNegativeInteger', 'hexBinary', 'anyURI',
]);
export const schema = namespace(PREFIXES.schema, [
  'Person', 'GovernmentOrganization', 'PoliticalParty', 'OrganizationRole', 'ImageObject', 'Article', 'AdministrativeArea', 'Place',
  'name', 'memberOf', 'roleName', 'startDate', 'endDate', 'image', 'caption', 'description',
  'SoftwareApplication', 'softwareVersion', 'sameAs', 'birthDate', 'deathDate',
]);
export const org = namespace(PREFIXES.org, [
  'Post', 'Role', 'Membership', 'FormalOrganization',
  'postIn', 'heldBy', 'role', 'member', 'organization', 'memberDuring', 'subOrganizationOf',
]);
export const opengov = namespace(PREFIXES.opengov, ['post', 'area', 'onBehalfOf']);
export const time = namespace(PREFIXES.time, [
  'Interval', 'Instant', 'hasBeginning', 'hasEnd', 'inXSDDate', 'inXSDgYearMonth', 'inXSDgYear',
]);
export const prov = namespace(PREFIXES.prov, [
  'Entity', 'wasDerivedFrom', 'Activity', 'SoftwareAgent', 'used', 'wasGeneratedBy', 'wasAssociatedWith', 'generated',
]);
export const sh = namespace(PREFIXES.sh, [
  'ValidationReport', 'ValidationResult', 'conforms', 'result', 'focusNode', 'resultPath', 'value',
  'resultSeverity', 'resultMessage', 'sourceConstraintComponent', 'sourceShape', 'Violation', 'Warning', 'Info',
]);
export const skos = namespace(PREFIXES.skos, [
  'Concept', 'prefLabel', 'altLabel', 'note', 'broadMatch', 'exactMatch', 'closeMatch', 'narrowMatch',
]);
export const owl = namespace(PREFIXES.owl, ['sameAs']);
export const dcterms = namespace(PREFIXES.dcterms, [
  'title', 'identifier', 'description', 'license', 'source', 'creator', 'publisher', 'modified', 'format',
  'conformsTo', 'hasVersion', 'Standard', 'MediaType',
]);
export const voidNs = namespace(METADATA_PREFIXES.void, [
  'Dataset', 'Linkset', 'triples', 'entities', 'distinctSubjects', 'distinctObjects', 'properties', 'classes',
  'classPartition', 'propertyPartition', 'class', 'property', 'vocabulary', 'uriSpace', 'exampleResource',
  'dataDump', 'sparqlEndpoint', 'feature', 'subset', 'linkPredicate', 'target', 'subjectsTarget', 'objectsTarget',
]);
export const dcat = namespace(METADATA_PREFIXES.dcat, [
  'Catalog', 'Dataset', 'Distribution', 'dataset', 'distribution', 'downloadURL', 'accessURL', 'mediaType',
  'compressFormat', 'byteSize',
]);
export const spdx = namespace(METADATA_PREFIXES.spdx, [
  'Checksum', 'checksum', 'algorithm', 'checksumValue', 'checksumAlgorithm_sha256',
]);
export const foaf = namespace(METADATA_PREFIXES.foaf, ['Agent', 'name', 'homepage']);
/** The shapes namespace: shapes, and the constraint components of the checks SHACL Core cannot state. */
export const olsh = namespace(PREFIXES.olsh, [
  'TenureOrderShape', 'CalendarDateShape', 'DateOrderComponent', 'CalendarDateComponent',
  'OverlapShape', 'OverlapComponent', 'InfoboxAgreementShape', 'InfoboxAgreementComponent',
  'OneOpenTenureShape', 'OneOpenTenureComponent', 'SymmetricLinksShape', 'SymmetricLinksComponent',
  'ReadingShape', 'ReadingComponent',
]);
export const ol = namespace(PREFIXES.ol, Object.keys(PROJECT_TERMS) as (keyof typeof PROJECT_TERMS)[]);

/** Properties whose values are IRIs (JSON-LD `"@type": "@id"`). */
export const OBJECT_PROPERTIES: readonly NamedNode[] = [
  org.postIn, org.heldBy, org.role, org.member, org.organization, org.memberDuring, org.subOrganizationOf,
  opengov.post, opengov.area, opengov.onBehalfOf, schema.memberOf, schema.image, time.hasBeginning, time.hasEnd, prov.wasDerivedFrom,
  ol.previousTenure, ol.nextTenure, ol.postType, ol.status, ol.appointedBy, ol.nominatedBy, ol.department,
  ol.sitsIn, ol.seat, ol.officialResidence, ol.inauguralHolder, ol.deputy, ol.insignia, ol.flag, ol.infoboxField, ol.gapIn,
  owl.sameAs, schema.sameAs, skos.broadMatch, skos.exactMatch, skos.closeMatch, skos.narrowMatch,
];

/** Properties whose values are language-tagged strings (JSON-LD language maps). */
export const LANGUAGE_PROPERTIES: readonly NamedNode[] = [
  schema.name, schema.roleName, schema.caption, schema.description, skos.prefLabel, skos.altLabel,
  dcterms.title, ol.section,
];
