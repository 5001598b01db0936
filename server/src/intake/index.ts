export { createIntake, type Intake, type IntakeDeps, type SessionDraft } from './service.js';
export { registerIntakeRoutes } from './routes.js';
export { loadIntakeSpec, type IntakeSpec } from './spec.js';
export { ChatResponse, Draft, Slot } from './types.js';
