import './styles/base.css'
import './styles/keypad-screen.css'
import './styles/keypad.css'
import './styles/pending.css'
import './styles/customer.css'
import './styles/settings.css'
import './styles/selling.css'
import './styles/catalogue.css'
import './styles/receipt.css'
import './styles/books.css'
import './styles/connection.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from './components/app/app'
import { ReceiptPage, receiptReferenceOf } from './components/receipt/receipt-page'

const rootElement = document.getElementById('root')
if (rootElement === null) throw new Error('index.html has no #root element')

// The print window opens the same page at #receipt=<reference>: then it shows that receipt and nothing else.
const receiptReference = receiptReferenceOf(window.location.hash)
if (receiptReference !== null) document.documentElement.classList.add('receipt-document')

createRoot(rootElement).render(
  <StrictMode>{receiptReference === null ? <App /> : <ReceiptPage reference={receiptReference} />}</StrictMode>
)
