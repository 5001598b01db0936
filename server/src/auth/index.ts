export { type CitizenTokens, createCitizenTokens } from './citizen-token.js';
export { citizenFromAuthorization } from './middleware.js';
export { LoginResult, registerAuthRoutes } from './routes.js';
