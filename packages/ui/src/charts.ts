// The charts, apart from the rest of @marketplace/ui: the charting library (recharts) only reaches the
// pages that draw one, loaded when they open (`lazy(() => import(...))`), not every page of a portal.
export { CHART_COLORS, type ChartSeries, MonthlyChart, type MonthValues } from './usage/MonthlyChart.tsx';
