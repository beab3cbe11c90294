// The peer: the same scan as the widget (same blocks, statements, answer options, scoring,
// radar, advice and article links), built the usual way with SurveyJS and Chart.js.
(async () => {
  const content = await (await fetch('content.json')).json();
  const DONT_KNOW = 'x';
  const json = {
    showProgressBar: 'top',
    progressBarType: 'pages',
    completeText: 'Naar de uitslag',
    pageNextText: 'Volgende',
    pagePrevText: 'Vorige',
    showCompletedPage: false,
    pages: content.blocks.map((block) => ({
      name: `block${block.number}`,
      title: block.title,
      description: block.summary,
      elements: block.statements.map((statement) => ({
        type: 'radiogroup',
        name: `s${statement.id}`,
        title: statement.text,
        choices: [
          ...statement.levels.map((text, value) => ({ value, text })),
          { value: DONT_KNOW, text: 'Weet ik niet' },
        ],
      })),
    })),
  };
  const survey = new Survey.Model(json);

  const round = (numerator, denominator) => Math.floor((2 * numerator + denominator) / (2 * denominator));
  const stageOf = (score) => [...content.stages].reverse().find((stage) => score >= stage.from);

  survey.onComplete.add((sender) => {
    const scores = content.blocks.map((block) => {
      const levels = block.statements
        .map((statement) => sender.data[`s${statement.id}`])
        .filter((value) => typeof value === 'number');
      return levels.length ? round(100 * levels.reduce((a, b) => a + b, 0), 4 * levels.length) : null;
    });
    const known = scores.filter((score) => score !== null);
    const overall = known.length ? round(known.reduce((a, b) => a + b, 0), known.length) : null;
    document.getElementById('results').hidden = false;
    document.getElementById('overall').textContent =
      overall === null ? 'Totaalscore: onbekend' : `Totaalscore ${overall}% · Fase: ${stageOf(overall).name}`;
    new Chart(document.getElementById('radar'), {
      type: 'radar',
      data: {
        labels: content.blocks.map((block) => `${block.number}. ${block.title}`),
        datasets: [{ label: 'Uw uitslag', data: scores.map((score) => score ?? 0) }],
      },
      options: { animation: false, scales: { r: { min: 0, max: 100, ticks: { stepSize: 25 } } } },
    });
    const body = document.querySelector('#table tbody');
    const advice = document.getElementById('advice');
    content.blocks.forEach((block, index) => {
      const score = scores[index];
      const stage = score === null ? null : content.stages.indexOf(stageOf(score));
      const row = body.insertRow();
      row.insertCell().textContent = `${block.number}. ${block.title}`;
      row.insertCell().textContent = score === null ? 'onbekend' : `${score}%`;
      row.insertCell().textContent = stage === null ? 'onbekend' : content.stages[stage].name;
      const card = document.createElement('article');
      const title = document.createElement('h3');
      title.textContent = block.title;
      const text = document.createElement('p');
      text.textContent = stage === null ? '' : block.advice[stage];
      const link = document.createElement('a');
      link.href = block.article;
      link.textContent = `Lees bouwsteen ${block.number}: ${block.title}`;
      card.append(title, text, link);
      advice.append(card);
    });
    window.resultsShown = performance.now();
  });
  survey.render(document.getElementById('survey'));
})();
