/** The little of the DOM a test reads from an XML document. */
export interface XmlElement {
  tagName: string
  children: ArrayLike<XmlElement>
  textContent: string | null
}

export interface XmlDocument {
  doctype: { name: string; systemId: string } | null
  documentElement: XmlElement
}

interface JsdomModule {
  JSDOM: new (text: string, options: { contentType: string }) => { window: { document: XmlDocument } }
}

// A name in a variable: TypeScript then asks for no declarations of the untyped module.
const JSDOM_MODULE = 'jsdom'

/**
 * Parses XML with jsdom's strict XML parser (saxes): not well-formed XML throws. jsdom is the renderer tests' DOM and
 * ships no types of its own, hence the narrow view above.
 */
export async function parseXml(text: string): Promise<XmlDocument> {
  const { JSDOM } = (await import(JSDOM_MODULE)) as JsdomModule
  return new JSDOM(text, { contentType: 'application/xml' }).window.document
}

export const childrenOf = (element: XmlElement): XmlElement[] => Array.from(element.children)

/** The text of the one child named `tagName`, or undefined. */
export const childText = (element: XmlElement, tagName: string): string | undefined =>
  childrenOf(element).find((child) => child.tagName === tagName)?.textContent ?? undefined
