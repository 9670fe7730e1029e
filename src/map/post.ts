// The office record → the org:Post, its role, its classifications, images and remaining infobox fields.
import type { NamedNode, Quad } from '@rdfjs/types';
import type { ImageRecord, OfficeRecord, ReadingWarning } from '../extract/records.js';
import { opengov, org, ol, prov, rdf, schema, skos } from '../vocab.js';
import type { ArticleIris } from './context.js';
import { commonsFile, fragment, slug } from './iri.js';
import { dateLiteral, en, integer, plain, QuadSink } from './terms.js';

/**
 * Maps the post with every infobox fact (role, bodies, people, dates, concepts, images, other fields);
 * each line the reader could not read outside a tenure row becomes a `#warning-<line>` node with its row.
 */
export function mapPost(office: OfficeRecord, iris: ArticleIris, warnings: readonly ReadingWarning[] = []): Quad[] {
  const post = iris.post;
  const out = new QuadSink()
    .add(post, rdf.type, org.Post)
    .add(post, skos.prefLabel, en(office.title))
    .add(post, schema.name, en(office.title))
    .add(post, schema.description, en(office.description))
    .add(post, org.postIn, office.body ? iris.body(office.body) : undefined)
    .add(post, opengov.area, office.jurisdiction === undefined ? undefined : iris.place(office.jurisdiction))
    .add(post, org.heldBy, office.incumbent ? iris.person(office.incumbent) : undefined)
    .add(post, ol.inauguralHolder, office.inaugural ? iris.person(office.inaugural) : undefined)
    .add(post, ol.incumbentSince, dateLiteral(office.incumbentSince))
    .add(post, ol.inception, dateLiteral(office.inception))
    .add(post, ol.department, office.department ? iris.body(office.department) : undefined)
    .add(post, ol.sitsIn, ...office.sitsIn.map(iris.body))
    .add(post, ol.seat, ...office.seats.map(iris.place))
    .add(post, ol.officialResidence, ...office.residences.map(iris.place))
    .add(post, ol.appointedBy, ...office.appointedBy.map(iris.body))
    .add(post, ol.nominatedBy, ...office.nominatedBy.map(iris.body))
    .add(post, ol.sourceLine, integer(office.line))
    .add(post, skos.note, ...office.notes.map((note) => plain(note)))

    .add(post, prov.wasDerivedFrom, iris.source);
  for (const [line, found] of groupByLine(warnings)) {
    const node = fragment(post, `warning-${line}`);
    out.add(node, ol.sourceLine, integer(line)).add(node, ol.sourceRow, plain(found[0].raw))
      .add(node, ol.readingWarning, ...found.map((w) => plain(w.message))).add(node, prov.wasDerivedFrom, iris.source);
  }
  if (office.roleName) {
    out.add(post, org.role, iris.role(office.roleName));
    out.quads.push(...mapConcept(iris.role(office.roleName), office.roleName, org.Role));
  }
  for (const role of office.deputies) {
    out.add(post, ol.deputy, iris.role(role));
    out.quads.push(...mapConcept(iris.role(role), role, org.Role));
  }
  for (const [property, label] of [[ol.postType, office.postType], [ol.status, office.status]] as const) {
    if (!label) continue;
    out.add(post, property, iris.concept(label));
    out.quads.push(...mapConcept(iris.concept(label), label));
  }
  for (const image of office.images) out.quads.push(...mapImage(post, image));
  for (const field of office.otherFields) {
    const node = fragment(post, `field-${slug(field.key)}`);
    out.add(post, ol.infoboxField, node)
      .add(node, rdf.type, ol.InfoboxField)
      .add(node, ol.fieldName, plain(field.key))
      .add(node, ol.fieldValue, plain(field.value))
      .add(node, ol.sourceLine, integer(field.line));
  }
  return out.quads;
}

/** A SKOS concept (and org:Role, for roles) with its English label. */
function mapConcept(iri: NamedNode, label: string, type?: NamedNode): Quad[] {
  return new QuadSink()
    .add(iri, rdf.type, skos.Concept, type)
    .add(iri, skos.prefLabel, en(label)).quads;
}

/** An image as a Commons file IRI: schema:image plus the specific role, caption and file name. */
function mapImage(post: NamedNode, image: ImageRecord): Quad[] {
  const file = commonsFile(image.file);
  const specific = image.role === 'insignia' ? ol.insignia : image.role === 'flag' ? ol.flag : undefined;
  const out = new QuadSink().add(post, schema.image, file);
  if (specific) out.add(post, specific, file);
  return out
    .add(file, rdf.type, schema.ImageObject)
    .add(file, schema.name, plain(image.file))
    .add(file, schema.caption, en(image.caption)).quads;
}

/** Warnings by the line they are about, in line order. */
function groupByLine(warnings: readonly ReadingWarning[]): [number, ReadingWarning[]][] {
  const lines = new Map<number, ReadingWarning[]>();
  for (const w of warnings) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  return [...lines].sort((a, b) => a[0] - b[0]);
}
