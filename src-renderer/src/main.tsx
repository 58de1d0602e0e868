import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './components/app/app'
import './styles/base.css'
import './styles/counter.css'
import './styles/keypad.css'
import './styles/pending.css'
import './styles/customer.css'
import './styles/settings.css'
import './styles/books.css'

const rootElement = document.getElementById('root')
if (rootElement === null) throw new Error('index.html has no #root element')

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>
)
