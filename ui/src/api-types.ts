/** The daemon's API types, imported from the server's own definitions (type-only: no server code is bundled). */
export type {
  CompareResponse,
  ComparedRun,
  DashboardEvent,
  FleetNode,
  FleetResponse,
  FleetState,
  LastPass,
  ReconcilePlan,
  RolloutChange,
  RolloutView,
  RunHistoryEntry,
  SiteView,
  TimelineEntry,
  TimelineResponse,
  Condition,
} from '../../src/daemon/dashboard/dashboard-types.ts';
export type { PlanChange } from '../../src/core/plan/reconcile-plan.ts';
