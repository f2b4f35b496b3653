// Chinese by default; English by the switch (remembered in localStorage, shared with the dashboard's choice).
const TEXT = {
  zh: {
    title: 'Pacer 数据填报', signOut: '退出', signInTitle: '登录', signInHint: '请输入本单位的填报令牌。',
    tokenPlaceholder: '填报令牌', signIn: '登录', invalidToken: '令牌无效或已吊销。',
    serverUnavailable: '无法连接服务：', entity: '填报单位', period: '报告期', indicator: '指标', unit: '单位',
    basis: '口径', previous: '上月', priorYear: '上年同期', submitted: '本月已报', value: '本月数值', note: '备注',
    send: '提交', sending: '提交中…', late: '已逾期', formHint: '只提交填写了数值的指标；未填写的指标保持原样。',
    formTitle: (e, r, p) => `${e} · ${r} · ${p}`, periodLabel: (y, m) => `${y}年${m}月`,
    deadline: d => `报送截止：${d}`, basisName: { MONTHLY: '本月', CUMULATIVE: '本年累计', STOCK: '期末' },
    priorYearPlaceholder: '上年同期', valuePlaceholder: '本月数值', noIndicators: '该单位没有需要填报的指标。',
    notANumber: '请输入数字', nothingToSend: '请至少填写一个指标的数值。',
    priorWithoutValue: '填写上年同期时，也请填写本月数值。',
    confirmTitle: '以下数据波动较大，请核实后确认提交', confirmCancel: '返回修改', confirmSend: '确认提交',
    aboveRatio: (name, v, what, ref, r) => `「${name}」${v} 超过${what} ${ref} 的 ${r} 倍`,
    belowRatio: (name, v, what, ref, r) => `「${name}」${v} 不足${what} ${ref} 的 1/${r}`,
    lastMonth: '上月', lastYear: '上年同期',
    priorDropped: (name, v) => `「${name}」本次未填上年同期，已报的上年同期 ${v} 将被删除`,
    receiptTitle: '已受理', receiptId: '报送编号', receiptAccepted: '受理时间', serverWarnings: '提示：',
    historyTitle: '报送记录', historyHint: '最新在前；同一指标同一月份多次报送的，以最后一次为准（被替换的数据划线显示）', acceptedAt: '受理时间',
    revision: '报送次序', figures: '数据', warnings: '提示', first: '首次报送', revised: k => `第 ${k} 次修订`,
    noHistory: '暂无报送记录', superseded: '已被后来的报送替换', priorShort: '上年同期',
    forbidden: '此令牌无权进行该操作。', notFound: '未找到：', rejected: '未受理，请按提示修改：',
    unavailable: s => `服务暂不可用，请 ${s} 秒后重试。`,
    templateDownload: '下载 Excel 模板', excelUpload: '上传 Excel', excelUnavailable: 'Excel 功能暂未开放。',
    excelAccepted: n => `Excel 已受理：${n} 份报送。`, registersTitle: '登记表（Excel）',
    registersHint: '下载区域、指标、填报单位登记模板，填写后上传。', registersTemplate: '下载登记模板',
    registersUpload: '上传登记表', registersAccepted: '登记表已导入。',
    statisticsNote: '统计部门令牌：可维护登记表；数据由各填报单位报送。',
    officialNote: '此页面供填报单位报送数据；领导干部请使用指标监测看板。',
    role: { REPORTER: '填报单位', STATISTICS: '统计部门', OFFICIAL: '领导干部' },
  },
  en: {
    title: 'Pacer reporting', signOut: 'Sign out', signInTitle: 'Sign in',
    signInHint: "Enter your unit's reporting token.", tokenPlaceholder: 'Reporting token', signIn: 'Sign in',
    invalidToken: 'The token is not valid or has been revoked.', serverUnavailable: 'Cannot reach the service: ',
    entity: 'Reporting unit', period: 'Period', indicator: 'Indicator', unit: 'Unit', basis: 'Basis',
    previous: 'Last month', priorYear: 'Same month last year', submitted: 'Sent for this month', value: 'Value',
    note: 'Note', send: 'Send', sending: 'Sending…', late: 'Late',
    formHint: 'Only indicators with a value are sent; the others stay as they are.',
    formTitle: (e, r, p) => `${e} · ${r} · ${p}`,
    periodLabel: (y, m) => `${new Date(2000, m - 1, 1).toLocaleString('en', { month: 'long' })} ${y}`,
    deadline: d => `Due by ${d}`, basisName: { MONTHLY: 'month', CUMULATIVE: 'year to date', STOCK: 'month end' },
    priorYearPlaceholder: 'last year', valuePlaceholder: 'value', noIndicators: 'This unit has no indicators to report.',
    notANumber: 'Enter a number', nothingToSend: 'Fill in at least one value.',
    priorWithoutValue: "Give this month's value along with last year's.",
    confirmTitle: 'These values move a lot: check them, then confirm', confirmCancel: 'Back to the form',
    confirmSend: 'Confirm and send',
    aboveRatio: (name, v, what, ref, r) => `${name}: ${v} is more than ${r}× ${what} (${ref})`,
    belowRatio: (name, v, what, ref, r) => `${name}: ${v} is less than 1/${r} of ${what} (${ref})`,
    lastMonth: "last month's", lastYear: "last year's",
    priorDropped: (name, v) => `${name}: no prior-year value this time; the one sent before (${v}) is dropped`,
    receiptTitle: 'Accepted', receiptId: 'Submission id', receiptAccepted: 'Accepted at',
    serverWarnings: 'Warning: ', historyTitle: 'Submissions',
    historyHint: 'Newest first; an indicator sent more than once for a month counts as last sent (replaced figures struck through)', acceptedAt: 'Accepted at',
    revision: 'Sent', figures: 'Figures', warnings: 'Warnings', first: 'first', revised: k => `revision ${k}`,
    noHistory: 'Nothing sent yet', superseded: 'replaced by a later submission', priorShort: 'last year',
    forbidden: 'This token may not do this.', notFound: 'Not found: ', rejected: 'Not accepted; please correct:',
    unavailable: s => `The service is busy; try again in ${s} s.`,
    templateDownload: 'Excel template', excelUpload: 'Upload Excel', excelUnavailable: 'Excel is not available yet.',
    excelAccepted: n => `Excel accepted: ${n} submission(s).`, registersTitle: 'Registers (Excel)',
    registersHint: 'Download the template of regions, indicators and reporting units, fill it in, upload it.',
    registersTemplate: 'Registers template', registersUpload: 'Upload registers', registersAccepted: 'Registers imported.',
    statisticsNote: 'Statistics office token: you keep the registers; the figures come from the reporting units.',
    officialNote: 'This page is for reporting units; officials use the dashboard.',
    role: { REPORTER: 'Reporter', STATISTICS: 'Statistics office', OFFICIAL: 'Official' },
  },
};

// ?lang=en|zh in the address wins (a shareable link), then the last choice.
const asked = new URLSearchParams(location.search).get('lang');
let lang = (asked || localStorage.getItem('pacer.lang')) === 'en' ? 'en' : 'zh';

export function language() { return lang; }

export function setLanguage(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem('pacer.lang', lang);
  applyStatic();
}

export function t(key, ...args) {
  const v = TEXT[lang][key] ?? TEXT.zh[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
}

export function basisName(basis) { return TEXT[lang].basisName[basis] ?? basis; }
export function roleName(role) { return TEXT[lang].role[role] ?? role; }

/** An indicator's label: name in Chinese, nameEn in English (each falling back on the other, then the code). */
export function label(item) {
  if (!item) return '';
  return lang === 'en' ? (item.nameEn || item.name || item.indicator) : (item.name || item.nameEn || item.indicator);
}

export function applyStatic() {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = `Pacer · ${t('title')}`;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  const toggle = document.getElementById('lang-toggle');
  if (toggle) toggle.textContent = lang === 'en' ? '中文' : 'English';
}
