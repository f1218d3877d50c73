using GridFlow.Data.Statements;

namespace GridFlow.Data.Auditing;

/// <summary>
/// The one writer of <c>audit_log</c> rows that <see cref="AuditInterceptor"/> does not write by itself: changes to
/// rows that are not <see cref="IAudited"/> entities (definition versions, keyed by id and version) and operations
/// written with hand-made SQL (instance migration). The row is added to the caller's unit of work, so it commits with
/// the change it describes, or not at all.
/// </summary>
public static class AuditTrail
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";

    /// <summary>Adds the row to <paramref name="db"/>'s next SaveChanges.</summary>
    public static void Add(GridFlowDbContext db, IAuditActor actor, DateTimeOffset at, string action, string entityType, string entityId, object? before, object? after) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = at,
            ActorId = actor.UserId,
            ActorName = actor.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = Document(before),
            After = Document(after),
        });

    /// <summary>Adds the row to <paramref name="batch"/>, for changes written with hand-made SQL.</summary>
    public static void Add(NpgsqlBatch batch, string? actorId, string actorName, DateTimeOffset at, string action, string entityType, string entityId, object? before, object? after) =>
        Sql.Add(batch, """
            INSERT INTO audit_log (at, actor_id, actor_name, action, entity_type, entity_id, before, after)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)
            """, at, Sql.Text(actorId), actorName, action, entityType, entityId, Sql.Text(Json(before)), Sql.Text(Json(after)));

    private static JsonDocument? Document(object? value) => value is null ? null : JsonSerializer.SerializeToDocument(value, JsonSerializerOptions.Web);

    private static string? Json(object? value) => value is null ? null : JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
}
