// What the Electron shell and the page say to each other outside the data contract: the labels
// of Undo and Redo for the Edit menu, the menu's commands back to the page, and files picked for
// an import, named by their path. Under `serve` there is no shell; the page's own buttons and
// shortcuts do the same, and files go to the bridge's upload address.
import { z } from 'zod'
import type { Envelope } from './errors'

export const SHELL_CHANNELS = {
  /** Page → main: what Undo and Redo would take back or put back now. */
  history: 'shell:history',
  /** Main → page: the Edit menu's Undo or Redo was chosen. */
  menuCommand: 'shell:menu-command',
  /** Page → main (invoke): a picked file's name and path; answers an Envelope of { uploadId }. */
  offerFile: 'shell:offer-file',
} as const

/** The Edit menu's words for Undo and Redo as the page says them ("Undo add note"), or null when there is nothing to take back. */
export const historyLabelsSchema = z
  .object({
    undo: z.string().max(300).nullable(),
    redo: z.string().max(300).nullable(),
  })
  .strict()
export type HistoryLabels = z.infer<typeof historyLabelsSchema>

export const MENU_COMMANDS = ['undo', 'redo'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** What the page's preload exposes as window.shell under Electron. */
export interface ShellApi {
  setHistory: (labels: HistoryLabels) => void
  /** Calls back on each Edit-menu command; returns how to stop. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void
  /**
   * Offers a picked file to an import by its path (read where it is, never sent as bytes); null
   * when the file has no path on disk, and the page sends its bytes instead.
   */
  offerFile: (file: File) => Promise<Envelope<{ uploadId: string }>> | null
}
