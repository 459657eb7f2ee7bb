// Every change a facilitator or note-taker can make to a town hall.
export { defineTownHallAction, type TownHallAction } from './action'
export { answerItem, clearAnswer, clearFollowUp, setFollowUp } from './answers'
export { captureItem, editItem, setHidden, type CapturedItem, type ItemCorrection } from './items'
export { mergeItems, unmergeItem } from './merge'
export { moveInQueue, queueItem, setAnswering, unqueueItem } from './queue'
export { addPanelist, removePanelist, setAttendance } from './room'
export { addTheme, removeTheme, renameTheme, setItemTheme, toggleThemeAnswer, type ThemeAnswerKind } from './themes'
