// Vite's client types: `?inline` CSS imports become strings (used for the card's shadow-root stylesheet).
/// <reference types="vite/client" />
