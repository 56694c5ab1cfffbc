// A field's fill state in the guide (the list's badge, the open field's line): what Formlotse would
// enter, what it did, or why not. Provided by the fill preview (components/fill, issue 7).
export { FillBadge, FieldFill } from '@/components/fill/FieldFillState';
