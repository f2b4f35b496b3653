// What the reporter typed, as a JSON number, and the warnings the service would give for it.

/**
 * Reads a typed number: grouping commas and spaces are dropped, a leading '+' and leading zeros too. Returns
 * {empty: true}, {invalid: true} or {json, value}: json is the number's text exactly as typed (sent as is, so no
 * digit is lost to floating point), value its approximation for the warnings. The service decides the rest
 * (range, decimals, sign).
 */
export function readNumber(text) {
  const s = (text ?? '').replace(/[,\s_，]/g, '');
  if (s === '') return { empty: true };
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return { invalid: true };
  const int = m[2].replace(/^0+(?=\d)/, '') || '0';
  const json = `${m[1] === '-' ? '-' : ''}${int}${m[3] ? `.${m[3]}` : ''}${m[4] !== undefined ? `e${m[4]}` : ''}`;
  const value = Number(json);
  return Number.isFinite(value) ? { json, value } : { invalid: true };
}

/**
 * The JSON of a submission whose figure values are raw number texts: {figures: [{indicator, value: "12.5"}]} is
 * written with 12.5 as a number, unchanged.
 */
export function submissionJson(submission) {
  const nonce = `n${Math.random().toString(36).slice(2)}x`;
  const figures = submission.figures.map(f => {
    const out = { indicator: f.indicator, value: `${nonce}${f.value}` };
    if (f.priorYearValue !== undefined) out.priorYearValue = `${nonce}${f.priorYearValue}`;
    return out;
  });
  return JSON.stringify({ ...submission, figures })
    .replace(new RegExp(`"${nonce}([-+.0-9eE]+)"`, 'g'), '$1');
}

/**
 * The service's warnings, foreseen: a value more than ratio× or less than 1/ratio of last month's (not for a
 * CUMULATIVE January: the year restarts) or of last year's (the one typed, else the entity's own), against a
 * positive reference only; and a revision that drops a prior-year value sent before.
 * Each: {row, kind: 'above'|'below'|'dropped', against: 'lastMonth'|'lastYear', value, reference}.
 */
export function foreseenWarnings(figures, form) {
  const ratio = Number(form.warningRatio);
  const january = Number(form.period.slice(5)) === 1;
  const out = [];
  for (const f of figures) {
    const row = f.row;
    const check = (reference, against) => {
      const ref = reference === null || reference === undefined ? NaN : Number(reference);
      if (!(ref > 0)) return;
      if (f.number > ref * ratio) out.push({ row, kind: 'above', against, value: f.number, reference: ref, ratio });
      else if (f.number * ratio < ref) out.push({ row, kind: 'below', against, value: f.number, reference: ref, ratio });
    };
    if (!(january && row.basis === 'CUMULATIVE')) check(row.previousValue, 'lastMonth');
    check(f.priorNumber !== undefined ? f.priorNumber : row.priorYearKnown ? row.priorYearValue : null, 'lastYear');
    if (f.priorNumber === undefined && !row.priorYearKnown && row.priorYearValue !== null
        && row.priorYearValue !== undefined && row.submittedValue !== null && row.submittedValue !== undefined) {
      out.push({ row, kind: 'dropped', value: row.priorYearValue });
    }
  }
  return out;
}
