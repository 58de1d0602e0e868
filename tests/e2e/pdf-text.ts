// The e2e specs read PDFs with the same reader as the main tests (tests/support/pdf-text.ts).
export { pdfText } from '../support/pdf-text'
