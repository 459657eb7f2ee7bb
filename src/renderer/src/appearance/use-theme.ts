// The theme the window wears now, for components that draw colours themselves (the map's canvas).
import { useSyncExternalStore } from 'react'
import { currentTheme, subscribeToTheme, type Theme } from './theme'

export function useTheme(): Theme {
  return useSyncExternalStore(subscribeToTheme, currentTheme)
}
