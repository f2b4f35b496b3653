// Chinese by default; English by the switch (remembered in localStorage).
const TEXT = {
  zh: {
    title: 'Pacer 指标监测', signOut: '退出', save: '保存', signInTitle: '登录',
    signInHint: '请输入统计部门或领导干部的访问令牌。', tokenPlaceholder: '访问令牌', signIn: '登录',
    parent: '上级区域', indicator: '指标', period: '月份', rankBy: '排名依据', byValue: '总量', byGrowth: '增幅',
    byShare: '占比', light: '灯', rank: '排名', rankChange: '升降', region: '区域', ytd: '本年累计',
    priorYtd: '上年同期', growth: '同比增幅', share: '占比', reported: '已报/应报', legendRed: '红灯',
    legendYellow: '黄灯', legendGreen: '正常', legendHint: '灯色取自当前指标的预警', contributors: '构成单位',
    unit: '单位', shareOfRegion: '占区域比重', submissions: '报送记录', alerts: '预警', alertsScope: '仅当前上级区域',
    ackTitle: '确认预警', ackBy: '确认人', ackNote: '说明', ackPlan: '整改措施', ackDue: '完成时限', cancel: '取消',
    ackSubmit: '确认', ack: '确认', acked: '已确认', escalated: '已升级', noAlerts: '暂无预警', live: '实时', offline: '连接中断', connecting: '连接中…',
    rankingTitle: (p, i) => `${p} · ${i}`, rankingMeta: (p, by) => `${p} · 按${by}排名`,
    detailTitle: (r, i) => `${r} · ${i}`, actual: '本年累计', lastYear: '上年累计', linear: '序时进度（均衡）',
    seasonal: '序时进度（按上年进度）', targetLine: '目标', annualTarget: '年度目标', growthTarget: '增幅目标',
    progress: '完成进度', expected: '序时进度', noTarget: '未设目标', noData: '暂无数据', revisions: '次修订',
    showSubmissions: '查看', invalidToken: '令牌无效或已吊销。', forbidden: '此令牌无权查看该内容。',
    registersUnavailable: '无法读取区域和指标登记（请检查登记服务地址）。',
    alertsUnavailable: '无法读取预警服务：', exportUnavailable: '导出暂不可用：', loading: '加载中…',
    month: m => `${m}月`, periodLabel: (y, m) => `${y}年${m}月（1–${m}月累计）`, chartFallback: '图表组件未加载，以表格显示。',
    rules: { PROGRESS_LAG: '进度滞后', GROWTH_LAG: '增幅未达标', RANK_BOTTOM: '增幅排名末位', RANK_DROP: '排名下滑',
      MISSING_REPORT: '未按时报送', FORECAST_MISS: '预计完不成全年目标', SIGN_TO_PILE: '签约超期未打桩' },
    forecastAttainment: '预计全年完成%', forecast: '全年预计', forecastLine: '全年预计（虚线）',
    methods: { SEASONAL: '按上年进度', LINEAR: '按序时', LEVEL: '按当前水平' },
    bulletin: '通报', bulletinTitle: '月度通报', print: '打印', docx: 'Word ⤓', bulletinUnavailable: '无法生成通报：',
    severity: { RED: '红灯', YELLOW: '黄灯' }, rankOf: '名', ackedBy: (by, note) => `${by} 已确认：${note}`,
    lateCount: n => `迟报 ${n}`, lateCountHint: '已报单位中，本月最新一次报送晚于截止时间的单位数', late: '迟报',
    lateHint: '本月最新一次报送晚于截止时间',
    projectsLink: '项目 →', projectsTitle: (r, y) => `${r} · ${y}年项目`, projectName: '项目名称', category: '类别',
    stage: '阶段', signedOn: '签约日期', daysSinceSigned: '签约天数', pileOn: '打桩日期', daysSincePile: '打桩天数',
    investmentWan: '计划投资（万元）', aboveYi: '亿元以上', independentSite: '独立供地', startedOn: '开工日期',
    completedOn: '竣工日期', wan: '万元', noProjects: '暂无项目', projectsUnavailable: '无法读取项目库：',
    projectsSummary: (n, y, r) => `共 ${n} 个项目，超 90 天未打桩 ${y + r} 个（其中超 135 天 ${r} 个）`,
    projectsLegend: '签约到打桩不超过90天', lightRED: '超135天未打桩', lightYELLOW: '超90天未打桩', lightGREEN: '90天内',
    lightNONE: '已打桩', startedProjects: '本年新开工项目（亿元以上、独立供地）', startedOfTarget: (n, target) => `${n} / ${target}`,
    stages: { SIGNED: '已签约', PILED: '已打桩', STARTED: '已开工', COMPLETED: '已竣工' },
    categories: { INDUSTRIAL: '工业', SCIENCE_TALENT: '科技人才', OTHER: '其他' },
  },
  en: {
    title: 'Pacer indicator monitor', signOut: 'Sign out', save: 'Save', signInTitle: 'Sign in',
    signInHint: 'Enter an access token of the statistics office or an official.', tokenPlaceholder: 'Access token',
    signIn: 'Sign in', parent: 'Parent region', indicator: 'Indicator', period: 'Month', rankBy: 'Rank by',
    byValue: 'Value', byGrowth: 'Growth', byShare: 'Share', light: 'Light', rank: 'Rank', rankChange: 'Change',
    region: 'Region', ytd: 'Year to date', priorYtd: 'Prior year', growth: 'Growth', share: 'Share',
    reported: 'Reported', legendRed: 'red', legendYellow: 'yellow', legendGreen: 'on track',
    legendHint: "lights come from this indicator's alerts", contributors: 'Reporting units', unit: 'Unit',
    shareOfRegion: 'Share of region', submissions: 'Submissions', alerts: 'Alerts', alertsScope: 'Only this parent',
    ackTitle: 'Acknowledge alert', ackBy: 'By', ackNote: 'Note', ackPlan: 'Action plan', ackDue: 'Due date',
    cancel: 'Cancel', ackSubmit: 'Acknowledge', ack: 'Acknowledge', acked: 'Acknowledged', escalated: 'Escalated', noAlerts: 'No alerts',
    live: 'live', offline: 'offline', connecting: 'connecting…', rankingTitle: (p, i) => `${p} · ${i}`,
    rankingMeta: (p, by) => `${p} · ranked by ${by}`, detailTitle: (r, i) => `${r} · ${i}`,
    actual: 'Year to date', lastYear: 'Last year', linear: 'Schedule (linear)', seasonal: "Schedule (last year's curve)",
    targetLine: 'Target', annualTarget: 'Annual target', growthTarget: 'Growth target', progress: 'Progress',
    expected: 'Schedule', noTarget: 'No target', noData: 'No data', revisions: 'revisions', showSubmissions: 'show',
    invalidToken: 'The token is not valid or has been revoked.', forbidden: 'This token may not see this.',
    registersUnavailable: 'Cannot read the regions and indicators (check the register service URL).',
    alertsUnavailable: 'Cannot reach the alert service: ', exportUnavailable: 'Export not available: ',
    loading: 'Loading…', month: m => new Date(2000, m - 1, 1).toLocaleString('en', { month: 'short' }),
    periodLabel: (y, m) => `${new Date(2000, m - 1, 1).toLocaleString('en', { month: 'short' })} ${y} (Jan–${new Date(2000, m - 1, 1).toLocaleString('en', { month: 'short' })})`,
    chartFallback: 'Charts did not load; shown as a table.',
    rules: { PROGRESS_LAG: 'Behind schedule', GROWTH_LAG: 'Growth below target', RANK_BOTTOM: 'Last in growth',
      MISSING_REPORT: 'Report missing', RANK_DROP: 'Rank dropped', FORECAST_MISS: 'Forecast short of target', SIGN_TO_PILE: 'No pile after signing' },
    forecastAttainment: 'Forecast attainment %', forecast: 'Year-end forecast', forecastLine: 'Year-end forecast (dashed)',
    methods: { SEASONAL: "last year's curve", LINEAR: 'linear', LEVEL: 'current level' },
    bulletin: 'Bulletin', bulletinTitle: 'Monthly bulletin', print: 'Print', docx: 'Word ⤓',
    bulletinUnavailable: 'Cannot write the bulletin: ',
    severity: { RED: 'Red', YELLOW: 'Yellow' }, rankOf: '', ackedBy: (by, note) => `Acknowledged by ${by}: ${note}`,
    lateCount: n => `${n} late`, lateCountHint: "reporting units whose latest figure for the month came after the deadline",
    late: 'late', lateHint: "this unit's latest figure for the month came after the deadline",
    projectsLink: 'Projects →', projectsTitle: (r, y) => `${r} · projects ${y}`, projectName: 'Project', category: 'Category',
    stage: 'Stage', signedOn: 'Signed', daysSinceSigned: 'Days since signing', pileOn: 'First pile',
    daysSincePile: 'Days since piling', investmentWan: 'Investment (×10k yuan)', aboveYi: '≥ 100M yuan',
    independentSite: 'Own site', startedOn: 'Started', completedOn: 'Completed', wan: '×10k yuan',
    noProjects: 'No projects', projectsUnavailable: 'Cannot read the project register: ',
    projectsSummary: (n, y, r) => `${n} projects; ${y + r} without a pile after 90 days (${r} after 135)`,
    projectsLegend: 'signed to first pile within 90 days', lightRED: 'no pile after 135 days',
    lightYELLOW: 'no pile after 90 days', lightGREEN: 'within 90 days', lightNONE: 'piled',
    startedProjects: 'Started this year (≥ 100M yuan, own site)', startedOfTarget: (n, target) => `${n} of ${target}`,
    stages: { SIGNED: 'Signed', PILED: 'Piled', STARTED: 'Started', COMPLETED: 'Completed' },
    categories: { INDUSTRIAL: 'Industrial', SCIENCE_TALENT: 'Science & talent', OTHER: 'Other' },
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

export function ruleName(rule) { return TEXT[lang].rules[rule] ?? rule; }
export function severityName(s) { return TEXT[lang].severity[s] ?? s; }
export function methodName(m) { return TEXT[lang].methods[m] ?? m; }

/** Region and indicator labels from the registers: name in Chinese, nameEn in English (falling back). */
export function label(item) {
  if (!item) return '';
  return lang === 'en' ? (item.nameEn || item.name || item.id || item.code) : (item.name || item.nameEn || item.id || item.code);
}

export function applyStatic() {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = `Pacer · ${t('title')}`;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  const toggle = document.getElementById('lang-toggle');
  if (toggle) toggle.textContent = lang === 'en' ? '中文' : 'English';
}
