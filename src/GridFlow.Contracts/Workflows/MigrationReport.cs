namespace GridFlow.Contracts.Workflows;

/// <summary>What a migration moved, and each instance it could not move with the reason.</summary>
public sealed record MigrationReport(int Migrated, IReadOnlyList<string> MigratedInstanceIds, IReadOnlyList<MigrationFailure> Failed);
