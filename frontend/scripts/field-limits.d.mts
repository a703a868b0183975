/** The source of src/api/fieldLimits.ts as `npm run gen:api` writes it. */
export function fieldLimitsSource(): Promise<string>
