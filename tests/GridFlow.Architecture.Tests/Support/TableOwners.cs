using System.Reflection;
using GridFlow.Data;
using GridFlow.Data.Extensions;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Architecture.Tests.Support;

/// <summary>
/// Which module owns each table of <see cref="GridFlowDbContext"/>: the module whose folder of GridFlow.Data holds the
/// entity (Identity's and the key ring's belong to Accounts, the audit log to Data itself), read off the EF model.
/// </summary>
internal static class TableOwners
{
    public static IReadOnlyList<Table> All { get; } = Load();

    /// <summary>The module of an entity namespace (<c>GridFlow.Data.Regions</c> → <c>GridFlow.Regions</c>).</summary>
    public static string ModuleOf(string entityNamespace) => entityNamespace switch
    {
        "GridFlow.Data.Accounts" => "GridFlow.Accounts",
        "GridFlow.Data.Regions" => "GridFlow.Regions",
        "GridFlow.Data.Attachments" => "GridFlow.Attachments",
        "GridFlow.Data.Workflows.Management" => "GridFlow.Workflows.Management",
        "GridFlow.Data.Workflows.Runtime" => "GridFlow.Workflows.Runtime",
        "GridFlow.Data.Notifications" => "GridFlow.Notifications",
        "GridFlow.Data.Assessments" => "GridFlow.Assessments",
        "GridFlow.Data.Auditing" => "GridFlow.Data",
        _ when entityNamespace.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) => "GridFlow.Accounts",
        _ when entityNamespace.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal) => "GridFlow.Accounts",
        _ => throw new InvalidOperationException(
            $"Entities of namespace {entityNamespace} belong to no module: put each entity in its module's folder of GridFlow.Data and name the module here."),
    };

    private static List<Table> Load()
    {
        using var db = new GridFlowDbContext(new DbContextOptionsBuilder<GridFlowDbContext>()
            .UseGridFlowNpgsql("Host=localhost;Database=model_only")
            .Options);
        var sets = typeof(GridFlowDbContext).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .GroupBy(p => p.PropertyType.GetGenericArguments()[0])
            .ToDictionary(g => g.Key, g => g.Select(p => p.Name).ToList());
        return db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && !e.IsOwned())
            .Select(e => new Table(e.GetTableName()!, e.ClrType, ModuleOf(e.ClrType.Namespace ?? ""), sets.GetValueOrDefault(e.ClrType) ?? []))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A table, its entity, its owning module and the context's properties that expose it.</summary>
    public sealed record Table(string Name, Type Entity, string Owner, IReadOnlyList<string> DbSets);
}
