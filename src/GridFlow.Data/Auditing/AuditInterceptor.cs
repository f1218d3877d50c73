using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GridFlow.Data.Auditing;

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every change to an <see cref="IAudited"/> entity to the same
/// SaveChanges, so the change and its audit row commit together or not at all.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new AuditEntry
            {
                At = now,
                ActorId = actor.UserId,
                ActorName = actor.UserName,
                Action = e.State switch
                {
                    EntityState.Added => AuditTrail.Created,
                    EntityState.Deleted => AuditTrail.Deleted,
                    _ => AuditTrail.Updated,
                },
                EntityType = e.Metadata.ClrType.Name,
                EntityId = e.Property("Id").CurrentValue?.ToString() ?? "",
                Before = e.State == EntityState.Added ? null : Snapshot(e, original: true),
                After = e.State == EntityState.Deleted ? null : Snapshot(e, original: false),
            })
            .ToList();

        context.AddRange(entries);
    }

    private static JsonDocument Snapshot(EntityEntry entry, bool original)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var value = original ? property.OriginalValue : property.CurrentValue;
            // Geometries go in as WKT: readable in the log and small enough for grid boundaries.
            values[JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name)] = value is Geometry g ? g.AsText() : value;
        }

        return JsonSerializer.SerializeToDocument(values);
    }
}
