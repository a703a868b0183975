// Names for the shapes the SPA uses, taken from the operations of the generated contract
// so that they follow the contract whatever the backend calls its schemas.
import type { paths } from './schema'

type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never

export type ClientConfig = JsonBody<paths['/api/v1/config']['get']['responses'][200]>
export type CurrentUser = JsonBody<paths['/api/v1/me']['get']['responses'][200]>
export type AssociationView = JsonBody<paths['/api/v1/associations/{id}']['get']['responses'][200]>
export type AssociationPage = JsonBody<paths['/api/v1/associations']['get']['responses'][200]>
export type AssociationInput = JsonBody<NonNullable<paths['/api/v1/associations']['post']['requestBody']>>
export type CommunePage = JsonBody<paths['/api/v1/directorates/{code}/communes']['get']['responses'][200]>
export type CommuneView = NonNullable<CommunePage['items']>[number]
