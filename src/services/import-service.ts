// STUB: replaced by the admin/opt-out helper.
export function createImportService(deps: unknown) {
  void deps;
  return {};
}
export type ImportService = ReturnType<typeof createImportService>;
