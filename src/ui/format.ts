/** Formatting and the palette live in src/shared/ (the scenes use them too); re-exported here. */
export { formatDelta, formatPeople, formatShare } from '../shared/numbers';
export { CONTROL_COLOURS, CONTROL_MARKS, CONTROL_NAMES, controlName } from '../shared/palette';
