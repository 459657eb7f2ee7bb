// A contract call through the services' dispatch, as the benches seed their data: its value, or a thrown error.
import type { createDispatch } from '../src/main/api/dispatch'

type Dispatch = ReturnType<typeof createDispatch>

export async function call<T>(dispatch: Dispatch, name: Parameters<Dispatch>[0], input: unknown): Promise<T> {
  const result = await dispatch(name, input)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as T
}
