// STUB: replaced by the tasks helper.
export function createTaskService(deps: unknown) {
  void deps;
  return {};
}
export type TaskService = ReturnType<typeof createTaskService>;
