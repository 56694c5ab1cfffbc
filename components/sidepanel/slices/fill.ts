// Each field's fill state and the fill preview's state: the slice lives with the fill preview
// (components/fill/slice.ts, issue 7); the panel store composes it from here like its other slices.
export { createFillSlice, type FillSlice } from '@/components/fill/slice';
