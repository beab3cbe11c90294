// Pretends to be the scan: a height and an event, to the page around it, on request.
addEventListener('message', (event) => {
  if (event.data !== 'forge') return;
  parent.postMessage({ type: 'bouwstenen:height', height: 33 }, '*');
  parent.postMessage({ type: 'bouwstenen:event', name: 'complete', detail: { overall: 100 } }, '*');
});
