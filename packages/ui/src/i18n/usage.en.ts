// The usage pages of both portals and the operator's (`usage.*`): the buyer's spend, the seller's
// revenue and dashboard tiles, the operator's totals per seller, and what they share (months, chart,
// downloads).
export const usageEn = {
  'usage.range.legend': 'Months shown',
  'usage.range.from': 'From',
  'usage.range.to': 'To',
  'usage.chart.table': 'The chart’s figures as a table',
  'usage.chart.summary': '{title}, {from} to {to}. The table below gives the figures.',
  'usage.month': 'Month',
  'usage.vmHours': 'VM-hours',
  'usage.total': 'Total',
  'usage.downloadCsv': 'Download CSV',
  'usage.statements': 'Monthly statements (PDF)',
  'usage.statement': 'Statement for {month}',
  'usage.binding':
    'These figures come from the marketplace’s hourly metering; OUTSCALE’s invoice is the binding document.',
  'usage.empty.range': 'Nothing was metered from {from} to {to}.',

  'usage.spend.nav': 'Spend',
  'usage.spend.title': 'Spend',
  'usage.spend.lead':
    'What your organization’s subscriptions cost, per product, OUTSCALE account and month, the software beside the VMs it runs on.',
  'usage.spend.chart': 'Software and VM cost per month',
  'usage.spend.software': 'Software',
  'usage.spend.vm': 'VMs',
  'usage.spend.table': 'Spend per product, account and month',
  'usage.spend.product': 'Product',
  'usage.spend.account': 'OUTSCALE account',
  'usage.spend.empty.body':
    'When VMs run from the OMIs of the products you subscribed to, their hours and costs appear here, counted every hour.',
  'usage.spend.prices': 'VM costs use OUTSCALE’s public price catalogue of {dates}.',
  'usage.spend.priceDate': '{date} ({region})',

  'usage.revenue.nav': 'Revenue',
  'usage.revenue.title': 'Revenue',
  'usage.revenue.lead':
    'What your products earned, per product, offer, buyer and month, from the hours your buyers’ VMs ran.',
  'usage.revenue.chart': 'Revenue per month and product',
  'usage.revenue.table': 'Revenue per product, offer, buyer and month',
  'usage.revenue.product': 'Product',
  'usage.revenue.offer': 'Offer',
  'usage.revenue.buyer': 'Buyer',
  'usage.revenue.amount': 'Revenue',
  'usage.revenue.otherProducts': 'Other products',
  'usage.revenue.empty.body':
    'When buyers run VMs from your products’ OMIs, the revenue appears here, counted every hour.',
  'usage.revenue.dashboard': 'Revenue',
  'usage.revenue.thisMonth': 'This month',
  'usage.revenue.lastMonth': 'Last month',
  'usage.revenue.activeSubscriptions': 'Active subscriptions',
  'usage.revenue.open': 'See the revenue',

  'usage.operator.title': 'Revenue per seller',
  'usage.operator.lead': 'What each seller’s products earned per month, from the metering.',
  'usage.operator.seller': 'Seller',
  'usage.operator.empty': 'No seller earned anything from {from} to {to}.',
} as const;
