// The few texts embed.js shows itself, before (or instead of) the widget, in the widget's two
// languages. The start screen's own texts come from the Rust texts (start-screen.json).
import startScreens from './start-screen.json';

export { startScreens };

export const TEXTS = {
  nl: {
    loading: 'De scan wordt geladen…',
    failed: 'De scan kon niet worden geladen.',
    failedAdvice: 'Misschien is de verbinding weggevallen. Uw antwoorden blijven bewaard.',
    retry: 'Probeer opnieuw',
    open: 'Doe de Bouwstenen-scan',
    close: 'Sluiten',
    dialog: 'Bouwstenen-scan',
  },
  en: {
    loading: 'Loading the scan…',
    failed: 'The scan could not be loaded.',
    failedAdvice: 'Perhaps the connection dropped. Your answers are kept.',
    retry: 'Try again',
    open: 'Take the Bouwstenen scan',
    close: 'Close',
    dialog: 'Bouwstenen scan',
  },
};
