using System.Text.Json;
using GridFlow.Data;
using GridFlow.Data.Auditing;
using GridFlow.Data.Entities;

namespace GridFlow.Workflows.Management.Auditing;

/// <summary>
/// Adds audit rows for workflow management writes to the caller's unit of work. The audit interceptor only covers
/// <see cref="IAudited"/> entities, and definitions are keyed by (id, version), so these rows are written by hand,
/// in the same SaveChanges as the change they describe.
/// </summary>
internal static class AuditLog
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";

    public static void Add(GridFlowDbContext db, IAuditActor actor, DateTimeOffset at, string action, string entityType, string entityId, object? before, object? after) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = at,
            ActorId = actor.UserId,
            ActorName = actor.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.SerializeToDocument(before, JsonSerializerOptions.Web),
            After = after is null ? null : JsonSerializer.SerializeToDocument(after, JsonSerializerOptions.Web),
        });
}
