using GridFlow.Assessments.Scoring;
using System.Security.Cryptography;
using GridFlow.Data.Auditing;

namespace GridFlow.Assessments.Schemes;

/// <summary>
/// Scheme versions: one draft at a time per scheme (saved again in place), published by turning the draft into the
/// version in force and retiring the one before it. Writes of one scheme take turns on a transaction-scoped advisory
/// lock, so two editors never both make version n + 1.
/// </summary>
public sealed class SchemeStore(GridFlowDbContext db, PatrolRuleSource patrolRules, TimeProvider clock)
{
    public const string AuditEntityType = "AssessmentScheme";

    public async Task<List<SchemeSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.AssessmentSchemes.AsNoTracking()
            .Select(s => new { s.SchemeId, s.Version, s.Name, s.RegionId, s.Status })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SchemeId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var latest = g.MaxBy(r => r.Version)!;
            var published = g.SingleOrDefault(r => r.Status == SchemeStatuses.Published);
            return new SchemeSummary(g.Key, latest.Name, latest.RegionId?.ToString(), latest.Version, published?.Version);
        }).ToList();
    }

    /// <summary>A version, or the newest one (the draft, if there is one).</summary>
    public Task<AssessmentSchemeVersion?> FindAsync(string schemeId, int? version, CancellationToken cancellationToken)
    {
        var versions = db.AssessmentSchemes.AsNoTracking().Where(s => s.SchemeId == schemeId);
        return version is { } v
            ? versions.SingleOrDefaultAsync(s => s.Version == v, cancellationToken)
            : versions.OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The version in force of a scheme; null when it has none.</summary>
    public Task<AssessmentSchemeVersion?> PublishedAsync(string schemeId, CancellationToken cancellationToken) =>
        db.AssessmentSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.SchemeId == schemeId && s.Status == SchemeStatuses.Published, cancellationToken);

    /// <summary>The rules of one version (the one a run applied: a published version never changes).</summary>
    public async Task<SchemeRules> RulesAsync(string schemeId, int version, CancellationToken cancellationToken) =>
        SchemeRules.Parse(await db.AssessmentSchemes.AsNoTracking().Where(s => s.SchemeId == schemeId && s.Version == version).Select(s => s.Document).SingleAsync(cancellationToken));

    /// <summary>Saves the scheme as its draft (a new version after the newest, or the draft there is, in place).</summary>
    public async Task<AssessmentSchemeVersion> SaveDraftAsync(JsonObject scheme, IAuditActor actor, CancellationToken cancellationToken)
    {
        var schemeId = scheme["schemeId"]!.GetValue<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(schemeId, cancellationToken);
        var now = clock.GetUtcNow();
        var draft = await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.SchemeId == schemeId && s.Status == SchemeStatuses.Draft, cancellationToken);
        var before = draft is null ? null : Snapshot(draft);
        if (draft is null)
        {
            var version = (await db.AssessmentSchemes.Where(s => s.SchemeId == schemeId).MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0) + 1;
            draft = new AssessmentSchemeVersion
            {
                SchemeId = schemeId, Version = version, Name = "", Status = SchemeStatuses.Draft, Document = "{}", CreatedBy = actor.UserName, CreatedAt = now,
            };
            db.AssessmentSchemes.Add(draft);
        }

        Fill(draft, scheme);
        AuditTrail.Add(db, actor, now, before is null ? AuditTrail.Created : AuditTrail.Updated, AuditEntityType, $"{schemeId}/{draft.Version}", before, Snapshot(draft));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return draft;
    }

    /// <summary>Publishes the draft; null when there is none.</summary>
    public async Task<AssessmentSchemeVersion?> PublishAsync(string schemeId, IAuditActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(schemeId, cancellationToken);
        var draft = await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.SchemeId == schemeId && s.Status == SchemeStatuses.Draft, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        await PublishAsync(draft, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        patrolRules.Invalidate();
        return draft;
    }

    /// <summary>
    /// Publishes a scheme file as a new version when its content differs from the last one imported from a file (the
    /// caller holds the transaction). False when unchanged.
    /// </summary>
    public async Task<bool> ImportAsync(JsonObject scheme, string text, IAuditActor actor, CancellationToken cancellationToken)
    {
        var schemeId = scheme["schemeId"]!.GetValue<string>();
        await LockAsync(schemeId, cancellationToken);
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        var versions = db.AssessmentSchemes.Where(s => s.SchemeId == schemeId);
        if (await versions.Where(s => s.FileHash != null).OrderByDescending(s => s.Version).Select(s => s.FileHash).FirstOrDefaultAsync(cancellationToken) == hash)
        {
            return false;
        }

        // A draft being edited keeps its number: the file's version goes after it, and the draft stays a draft.
        var version = (await versions.MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0) + 1;
        var row = new AssessmentSchemeVersion
        {
            SchemeId = schemeId, Version = version, Name = "", Status = SchemeStatuses.Draft, Document = "{}", FileHash = hash, CreatedBy = actor.UserName, CreatedAt = clock.GetUtcNow(),
        };
        Fill(row, scheme);
        await PublishAsync(row, actor, cancellationToken, added: true);
        return true;
    }

    private async Task PublishAsync(AssessmentSchemeVersion version, IAuditActor actor, CancellationToken cancellationToken, bool added = false)
    {
        var now = clock.GetUtcNow();
        var current = await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.SchemeId == version.SchemeId && s.Status == SchemeStatuses.Published, cancellationToken);
        if (current is not null)
        {
            current.Status = SchemeStatuses.Retired;
            // The unique index on (scheme, status) for published rows: retire before the new one is published.
            await db.SaveChangesAsync(cancellationToken);
        }

        var before = added ? null : Snapshot(version);
        version.Status = SchemeStatuses.Published;
        version.PublishedAt = now;
        if (added)
        {
            db.AssessmentSchemes.Add(version);
        }

        AuditTrail.Add(db, actor, now, added ? AuditTrail.Created : AuditTrail.Updated, AuditEntityType, $"{version.SchemeId}/{version.Version}", before, Snapshot(version));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Fill(AssessmentSchemeVersion row, JsonObject scheme)
    {
        var document = (JsonObject)scheme.DeepClone();
        document["version"] = row.Version;
        document.Remove("$schema");
        row.Name = scheme["name"]!.GetValue<string>();
        row.RegionId = scheme["regionId"] is { } region ? Guid.Parse(region.GetValue<string>()) : null;
        row.Document = document.ToJsonString();
    }

    private Task LockAsync(string schemeId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"assessment-scheme:" + schemeId}))", cancellationToken);

    private static object Snapshot(AssessmentSchemeVersion row) => new { row.SchemeId, row.Version, row.Name, row.RegionId, row.Status };
}
