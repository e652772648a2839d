package aura.application.node;

/**
 * What of the lead's own work this node really does, so {@code /api/node} advertises it: the scheduled backups of
 * the mesh's database (only the lead of a mesh on Postgres, with pg_dump at hand, takes them).
 */
public record LeadWork(boolean backups) {
}
