// The selling pages' tabs are the component kit's (React Aria's Tabs): arrow keys, Home and End move
// and select, one tab stop, the panel labelled by its tab. Kept here so the pages' imports stay.
export { type TabItem, Tabs } from '@marketplace/ui';
